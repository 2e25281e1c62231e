// Invented but realistic scoring schemes: fields with maxima summing to 100 and grade bands.
// Real provinces revise theirs almost every year; the demo shows two Long An district schemes.
export type DemoScheme = {
  province: string
  kind: 'DEPARTMENT' | 'DISTRICT' | 'COMMUNE'
  yearFrom: number
  yearTo: number
  name: string
  fields: [code: string, max: number, component: 'APPRAISAL' | 'SURVEY'][]
  bands: [code: string, minPct: number, vi: string, en: string][]
}

const DISTRICT_BANDS: DemoScheme['bands'] = [
  ['GOOD', 80, 'Tốt', 'Good'],
  ['FAIR', 70, 'Khá', 'Fair'],
  ['AVERAGE', 60, 'Trung bình', 'Average'],
  ['POOR', 0, 'Kém', 'Poor'],
]

export const DEMO_SCHEMES: DemoScheme[] = [
  {
    province: 'LONG_AN',
    kind: 'DISTRICT',
    yearFrom: 2019,
    yearTo: 2021,
    name: 'Bộ Chỉ số CCHC cấp huyện tỉnh Long An giai đoạn 2019–2021',
    fields: [
      ['LEADERSHIP', 10, 'APPRAISAL'],
      ['INSTITUTIONS', 9, 'APPRAISAL'],
      ['PROCEDURES', 13, 'APPRAISAL'],
      ['ORGANISATION', 8, 'APPRAISAL'],
      ['CIVIL_SERVICE', 12, 'APPRAISAL'],
      ['PUBLIC_FINANCE', 8, 'APPRAISAL'],
      ['DIGITAL_GOVERNMENT', 12, 'APPRAISAL'],
      ['IMPACT', 28, 'SURVEY'],
    ],
    bands: DISTRICT_BANDS,
  },
  {
    province: 'LONG_AN',
    kind: 'DISTRICT',
    yearFrom: 2022,
    yearTo: 2024,
    name: 'Bộ Chỉ số CCHC cấp huyện tỉnh Long An giai đoạn 2022–2024',
    fields: [
      ['LEADERSHIP', 10, 'APPRAISAL'],
      ['INSTITUTIONS', 8, 'APPRAISAL'],
      ['PROCEDURES', 12, 'APPRAISAL'],
      ['ORGANISATION', 7, 'APPRAISAL'],
      ['CIVIL_SERVICE', 11, 'APPRAISAL'],
      ['PUBLIC_FINANCE', 8, 'APPRAISAL'],
      ['DIGITAL_GOVERNMENT', 14, 'APPRAISAL'],
      ['IMPACT', 30, 'SURVEY'],
    ],
    bands: DISTRICT_BANDS,
  },
  {
    province: 'LONG_AN',
    kind: 'DEPARTMENT',
    yearFrom: 2019,
    yearTo: 2024,
    name: 'Bộ Chỉ số CCHC các sở, ban, ngành tỉnh Long An',
    fields: [
      ['LEADERSHIP', 12, 'APPRAISAL'],
      ['INSTITUTIONS', 10, 'APPRAISAL'],
      ['PROCEDURES', 14, 'APPRAISAL'],
      ['ORGANISATION', 8, 'APPRAISAL'],
      ['CIVIL_SERVICE', 12, 'APPRAISAL'],
      ['PUBLIC_FINANCE', 8, 'APPRAISAL'],
      ['DIGITAL_GOVERNMENT', 14, 'APPRAISAL'],
      ['IMPACT', 22, 'SURVEY'],
    ],
    bands: [
      ['GOOD', 80, 'Tốt', 'Good'],
      ['FAIR', 70, 'Khá', 'Fair'],
      ['AVERAGE', 50, 'Trung bình', 'Average'],
      ['WEAK', 0, 'Yếu', 'Weak'],
    ],
  },
  {
    province: 'AN_GIANG',
    kind: 'DISTRICT',
    yearFrom: 2019,
    yearTo: 2024,
    name: 'Bộ Chỉ số CCHC cấp huyện tỉnh An Giang',
    fields: [
      ['LEADERSHIP', 9, 'APPRAISAL'],
      ['INSTITUTIONS', 8, 'APPRAISAL'],
      ['PROCEDURES', 12, 'APPRAISAL'],
      ['ORGANISATION', 8, 'APPRAISAL'],
      ['CIVIL_SERVICE', 12, 'APPRAISAL'],
      ['PUBLIC_FINANCE', 9, 'APPRAISAL'],
      ['DIGITAL_GOVERNMENT', 12, 'APPRAISAL'],
      ['IMPACT', 30, 'SURVEY'],
    ],
    bands: [
      ['GOOD', 80, 'Tốt', 'Good'],
      ['FAIR', 65, 'Khá', 'Fair'],
      ['AVERAGE', 50, 'Trung bình', 'Average'],
      ['POOR', 0, 'Kém', 'Poor'],
    ],
  },
  {
    province: 'AN_GIANG',
    kind: 'COMMUNE',
    yearFrom: 2019,
    yearTo: 2024,
    name: 'Bộ Chỉ số CCHC cấp xã tỉnh An Giang',
    fields: [
      ['LEADERSHIP', 10, 'APPRAISAL'],
      ['INSTITUTIONS', 7, 'APPRAISAL'],
      ['PROCEDURES', 16, 'APPRAISAL'],
      ['ORGANISATION', 6, 'APPRAISAL'],
      ['CIVIL_SERVICE', 12, 'APPRAISAL'],
      ['PUBLIC_FINANCE', 7, 'APPRAISAL'],
      ['DIGITAL_GOVERNMENT', 12, 'APPRAISAL'],
      ['IMPACT', 30, 'SURVEY'],
    ],
    bands: [
      ['EXCELLENT', 90, 'Xuất sắc', 'Excellent'],
      ['GOOD', 80, 'Tốt', 'Good'],
      ['FAIR', 70, 'Khá', 'Fair'],
      ['AVERAGE', 60, 'Trung bình', 'Average'],
      ['POOR', 0, 'Kém', 'Poor'],
    ],
  },
]
