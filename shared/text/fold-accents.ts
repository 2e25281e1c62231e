/**
 * Vietnamese text without its accents: decomposed, the combining marks dropped and đ/Đ read as
 * d/D. The one accent folder behind label matching and ASCII download names.
 * @example foldAccents('Điểm tối đa') // 'Diem toi da'
 */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
}
