// Invented but realistic scoring schemes: fields with maxima summing to 100 and grade bands.
// Real provinces revise theirs almost every year; the demo shows two Long An district schemes and,
// from 2025, the merged provinces' new schemes for departments and for wards and communes (open-ended:
// "năm 2025 và các năm tiếp theo").
export type DemoScheme = {
  province: string
  kind: 'DEPARTMENT' | 'DISTRICT' | 'COMMUNE'
  yearFrom: number
  /** null: open-ended. */
  yearTo: number | null
  name: string
  fields: [code: string, max: number, component: 'APPRAISAL' | 'SURVEY'][]
  bands: [code: string, minPct: number, vi: string, en: string][]
}

const BANDS_2025: DemoScheme['bands'] = [
  ['EXCELLENT', 90, 'Xuất sắc', 'Excellent'],
  ['GOOD', 80, 'Tốt', 'Good'],
  ['FAIR', 70, 'Khá', 'Fair'],
  ['AVERAGE', 50, 'Trung bình', 'Average'],
  ['WEAK', 0, 'Yếu', 'Weak'],
]

const DEPARTMENT_FIELDS_2025: DemoScheme['fields'] = [
  ['LEADERSHIP', 10, 'APPRAISAL'],
  ['INSTITUTIONS', 9, 'APPRAISAL'],
  ['PROCEDURES', 13, 'APPRAISAL'],
  ['ORGANISATION', 8, 'APPRAISAL'],
  ['CIVIL_SERVICE', 10, 'APPRAISAL'],
  ['PUBLIC_FINANCE', 8, 'APPRAISAL'],
  ['DIGITAL_GOVERNMENT', 12, 'APPRAISAL'],
  ['IMPACT', 30, 'SURVEY'],
]

const COMMUNE_FIELDS_2025: DemoScheme['fields'] = [
  ['LEADERSHIP', 10, 'APPRAISAL'],
  ['INSTITUTIONS', 6, 'APPRAISAL'],
  ['PROCEDURES', 16, 'APPRAISAL'],
  ['ORGANISATION', 6, 'APPRAISAL'],
  ['CIVIL_SERVICE', 10, 'APPRAISAL'],
  ['PUBLIC_FINANCE', 6, 'APPRAISAL'],
  ['DIGITAL_GOVERNMENT', 14, 'APPRAISAL'],
  ['IMPACT', 32, 'SURVEY'],
]

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
  {
    province: 'TAY_NINH',
    kind: 'DEPARTMENT',
    yearFrom: 2022,
    yearTo: 2023,
    name: 'Bộ Chỉ số CCHC các sở, ban, ngành tỉnh Tây Ninh giai đoạn 2022–2023',
    fields: [
      ['LEADERSHIP', 10, 'APPRAISAL'],
      ['INSTITUTIONS', 9, 'APPRAISAL'],
      ['PROCEDURES', 14, 'APPRAISAL'],
      ['ORGANISATION', 8, 'APPRAISAL'],
      ['CIVIL_SERVICE', 12, 'APPRAISAL'],
      ['PUBLIC_FINANCE', 8, 'APPRAISAL'],
      ['DIGITAL_GOVERNMENT', 13, 'APPRAISAL'],
      ['IMPACT', 26, 'SURVEY'],
    ],
    // The published grades of 2022–2023 (Tốt ≥ 80 %, Khá below, Kém at 49.07 %) fit these bands;
    // the 70 and 60 thresholds are assumed.
    bands: [
      ['GOOD', 80, 'Tốt', 'Good'],
      ['FAIR', 70, 'Khá', 'Fair'],
      ['AVERAGE', 60, 'Trung bình', 'Average'],
      ['POOR', 0, 'Kém', 'Poor'],
    ],
  },
  {
    province: 'TAY_NINH',
    kind: 'DEPARTMENT',
    yearFrom: 2025,
    yearTo: null,
    name: 'Bộ Chỉ số CCHC các sở, ban, ngành tỉnh Tây Ninh năm 2025 và các năm tiếp theo',
    fields: DEPARTMENT_FIELDS_2025,
    bands: BANDS_2025,
  },
  {
    province: 'TAY_NINH',
    kind: 'COMMUNE',
    yearFrom: 2025,
    yearTo: null,
    name: 'Bộ Chỉ số CCHC UBND các xã, phường tỉnh Tây Ninh năm 2025 và các năm tiếp theo',
    fields: COMMUNE_FIELDS_2025,
    bands: BANDS_2025,
  },
  {
    province: 'AN_GIANG',
    kind: 'DEPARTMENT',
    yearFrom: 2025,
    yearTo: null,
    name: 'Bộ Chỉ số CCHC các sở, ban, ngành tỉnh An Giang năm 2025',
    fields: DEPARTMENT_FIELDS_2025,
    bands: BANDS_2025,
  },
  {
    province: 'AN_GIANG',
    kind: 'COMMUNE',
    yearFrom: 2025,
    yearTo: null,
    name: 'Bộ Chỉ số CCHC UBND các xã, phường, đặc khu tỉnh An Giang năm 2025',
    fields: COMMUNE_FIELDS_2025,
    bands: BANDS_2025,
  },
]
