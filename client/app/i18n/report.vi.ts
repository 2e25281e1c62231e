/** Vietnamese strings of the report area, under their own top-level keys (merged into `translation`). */
export const reportVi = {
  report: {
    button: 'Báo cáo A4',
    panel: 'Tải báo cáo A4 (Nghị định 30/2020/NĐ-CP)',
    motto: 'Quốc hiệu, tiêu ngữ và cơ quan ban hành',
    pdf: 'PDF',
    docx: 'Word (.docx)',
    working: 'Đang tạo báo cáo {{format}}…',
    done: 'Đã tải báo cáo {{format}}.',
    failed: 'Không tạo được báo cáo {{format}}: {{message}}',
  },
}
