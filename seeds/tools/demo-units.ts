// The demo's administrative units. Names are the real ones (DOMAIN.md); codes are ours:
// stable ASCII, the parent's code as prefix, so a reused name never collides.
export type DemoUnit = {
  code: string
  name: string
  kind: 'COUNTRY' | 'PROVINCE' | 'DEPARTMENT' | 'DISTRICT' | 'COMMUNE'
  parentCode: string | null
  validFrom?: number
  validTo?: number
}

const country: DemoUnit = { code: 'VN', name: 'Việt Nam', kind: 'COUNTRY', parentCode: null }

const provinces: DemoUnit[] = [
  { code: 'LONG_AN', name: 'Tỉnh Long An', kind: 'PROVINCE', parentCode: 'VN', validTo: 2025 },
  { code: 'AN_GIANG', name: 'Tỉnh An Giang', kind: 'PROVINCE', parentCode: 'VN' },
  { code: 'TAY_NINH', name: 'Tỉnh Tây Ninh', kind: 'PROVINCE', parentCode: 'VN' },
  { code: 'KIEN_GIANG', name: 'Tỉnh Kiên Giang', kind: 'PROVINCE', parentCode: 'VN', validTo: 2025 },
]

function children(
  parentCode: string,
  kind: DemoUnit['kind'],
  entries: [string, string][],
  validTo?: number,
): DemoUnit[] {
  return entries.map(([slug, name]) => ({
    code: `${parentCode}.${slug}`,
    name,
    kind,
    parentCode,
    ...(validTo ? { validTo } : {}),
  }))
}

// District level was abolished on 1 July 2025: these series end with the 2024 index.
export const LONG_AN_DISTRICTS = children(
  'LONG_AN',
  'DISTRICT',
  [
    ['TAN_AN', 'Thành phố Tân An'],
    ['KIEN_TUONG', 'Thị xã Kiến Tường'],
    ['TAN_HUNG', 'Huyện Tân Hưng'],
    ['VINH_HUNG', 'Huyện Vĩnh Hưng'],
    ['MOC_HOA', 'Huyện Mộc Hóa'],
    ['DUC_HOA', 'Huyện Đức Hòa'],
    ['DUC_HUE', 'Huyện Đức Huệ'],
    ['TAN_THANH', 'Huyện Tân Thạnh'],
    ['THANH_HOA', 'Huyện Thạnh Hóa'],
    ['THU_THUA', 'Huyện Thủ Thừa'],
    ['BEN_LUC', 'Huyện Bến Lức'],
    ['TAN_TRU', 'Huyện Tân Trụ'],
    ['CAN_GIUOC', 'Huyện Cần Giuộc'],
    ['CAN_DUOC', 'Huyện Cần Đước'],
    ['CHAU_THANH', 'Huyện Châu Thành'],
  ],
  2025,
)

export const LONG_AN_DEPARTMENTS = children('LONG_AN', 'DEPARTMENT', [
  ['SO_NOI_VU', 'Sở Nội vụ'],
  ['SO_TU_PHAP', 'Sở Tư pháp'],
  ['SO_TAI_CHINH', 'Sở Tài chính'],
  ['SO_KE_HOACH_DAU_TU', 'Sở Kế hoạch và Đầu tư'],
  ['SO_Y_TE', 'Sở Y tế'],
  ['SO_GIAO_DUC', 'Sở Giáo dục và Đào tạo'],
  ['SO_TAI_NGUYEN', 'Sở Tài nguyên và Môi trường'],
  ['SO_GIAO_THONG', 'Sở Giao thông vận tải'],
  ['SO_NONG_NGHIEP', 'Sở Nông nghiệp và Phát triển nông thôn'],
  ['BQL_KHU_KINH_TE', 'Ban Quản lý Khu kinh tế'],
])

export const AN_GIANG_DISTRICTS = children(
  'AN_GIANG',
  'DISTRICT',
  [
    ['LONG_XUYEN', 'Thành phố Long Xuyên'],
    ['CHAU_DOC', 'Thành phố Châu Đốc'],
    ['TAN_CHAU', 'Thị xã Tân Châu'],
    ['TINH_BIEN', 'Thị xã Tịnh Biên'],
    ['AN_PHU', 'Huyện An Phú'],
    ['CHAU_PHU', 'Huyện Châu Phú'],
    ['CHAU_THANH', 'Huyện Châu Thành'],
    ['CHO_MOI', 'Huyện Chợ Mới'],
    ['PHU_TAN', 'Huyện Phú Tân'],
    ['THOAI_SON', 'Huyện Thoại Sơn'],
    ['TRI_TON', 'Huyện Tri Tôn'],
  ],
  2025,
)

export const LONG_XUYEN_COMMUNES = children(
  'AN_GIANG.LONG_XUYEN',
  'COMMUNE',
  [
    ['MY_BINH', 'Phường Mỹ Bình'],
    ['MY_LONG', 'Phường Mỹ Long'],
    ['MY_XUYEN', 'Phường Mỹ Xuyên'],
    ['DONG_XUYEN', 'Phường Đông Xuyên'],
    ['BINH_DUC', 'Phường Bình Đức'],
    ['BINH_KHANH', 'Phường Bình Khánh'],
    ['MY_PHUOC', 'Phường Mỹ Phước'],
    ['MY_QUY', 'Phường Mỹ Quý'],
    ['MY_THOI', 'Phường Mỹ Thới'],
    ['MY_THANH', 'Phường Mỹ Thạnh'],
    ['MY_HOA', 'Phường Mỹ Hòa'],
    ['MY_KHANH', 'Xã Mỹ Khánh'],
    ['MY_HOA_HUNG', 'Xã Mỹ Hòa Hưng'],
  ],
  2025,
)

export const ALL_DEMO_UNITS: DemoUnit[] = [
  country,
  ...provinces,
  ...LONG_AN_DISTRICTS,
  ...LONG_AN_DEPARTMENTS,
  ...AN_GIANG_DISTRICTS,
  ...LONG_XUYEN_COMMUNES,
]

/** 2025 restructuring (DOMAIN.md): Long An merged into Tây Ninh, Kiên Giang into An Giang. */
export const DEMO_LINEAGE = [
  { event: 'MERGE', from: 'LONG_AN', to: 'TAY_NINH', date: '2025-07-01', note: 'Sáp nhập tỉnh Long An vào tỉnh Tây Ninh' },
  { event: 'MERGE', from: 'KIEN_GIANG', to: 'AN_GIANG', date: '2025-07-01', note: 'Sáp nhập tỉnh Kiên Giang vào tỉnh An Giang' },
] as const
