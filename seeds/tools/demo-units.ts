// The demo's administrative units as they stood up to 30 June 2025 (the old map). Names are the
// real ones (DOMAIN.md, seeds/README.md); codes are ours: stable ASCII, the parent's code as prefix,
// so a reused name never collides. Validity is inclusive ISO dates; open when absent.
import type { UnitTitle } from '#shared/domain/units.ts'

export type DemoUnit = {
  code: string
  name: string
  kind: 'COUNTRY' | 'PROVINCE' | 'DEPARTMENT' | 'DISTRICT' | 'COMMUNE'
  parentCode: string | null
  title?: UnitTitle
  validFrom?: string
  validTo?: string
}

/** The day the district level ended and the merged provinces and communes began. */
export const TWO_TIER_FROM = '2025-07-01'
export const OLD_MAP_TO = '2025-06-30'
/** Provincial departments were reorganised from 1 March 2025 (DOMAIN.md). */
export const DEPARTMENTS_REORGANISED = '2025-03-01'
export const OLD_DEPARTMENTS_TO = '2025-02-28'

const country: DemoUnit = { code: 'VN', name: 'Việt Nam', kind: 'COUNTRY', parentCode: null }

const province = (code: string, name: string, title: UnitTitle, validTo?: string): DemoUnit => ({
  code,
  name,
  kind: 'PROVINCE',
  parentCode: 'VN',
  title,
  ...(validTo ? { validTo } : {}),
})

/** The provinces of the demo and of the national cohort it loads (index-only). */
export const PROVINCES: DemoUnit[] = [
  province('LONG_AN', 'Tỉnh Long An', 'TINH', OLD_MAP_TO),
  province('AN_GIANG', 'Tỉnh An Giang', 'TINH'),
  province('TAY_NINH', 'Tỉnh Tây Ninh', 'TINH'),
  province('KIEN_GIANG', 'Tỉnh Kiên Giang', 'TINH', OLD_MAP_TO),
  province('HA_NOI', 'Thành phố Hà Nội', 'THANH_PHO_TW'),
  province('HAI_PHONG', 'Thành phố Hải Phòng', 'THANH_PHO_TW'),
  province('HAI_DUONG', 'Tỉnh Hải Dương', 'TINH', OLD_MAP_TO),
  province('QUANG_NINH', 'Tỉnh Quảng Ninh', 'TINH'),
  province('BA_RIA_VUNG_TAU', 'Tỉnh Bà Rịa - Vũng Tàu', 'TINH', OLD_MAP_TO),
  province('HO_CHI_MINH', 'Thành phố Hồ Chí Minh', 'THANH_PHO_TW'),
]

/** `validTo` '' keeps a unit open although its siblings end (it continues into the new map). */
type Entry = [slug: string, name: string, title: UnitTitle | null, validTo?: string]

function children(
  parentCode: string,
  kind: DemoUnit['kind'],
  entries: Entry[],
  validTo?: string,
  validFrom?: string,
): DemoUnit[] {
  return entries.map(([slug, name, title, ownTo]) => ({
    code: `${parentCode}.${slug}`,
    name,
    kind,
    parentCode,
    ...(title ? { title } : {}),
    ...(validFrom ? { validFrom } : {}),
    ...((ownTo ?? validTo) ? { validTo: ownTo ?? validTo } : {}),
  }))
}

// District level was abolished on 1 July 2025: these series end with the 2024 index.
export const LONG_AN_DISTRICTS = children(
  'LONG_AN',
  'DISTRICT',
  [
    ['TAN_AN', 'Thành phố Tân An', 'THANH_PHO'],
    ['KIEN_TUONG', 'Thị xã Kiến Tường', 'THI_XA'],
    ['TAN_HUNG', 'Huyện Tân Hưng', 'HUYEN'],
    ['VINH_HUNG', 'Huyện Vĩnh Hưng', 'HUYEN'],
    ['MOC_HOA', 'Huyện Mộc Hóa', 'HUYEN'],
    ['DUC_HOA', 'Huyện Đức Hòa', 'HUYEN'],
    ['DUC_HUE', 'Huyện Đức Huệ', 'HUYEN'],
    ['TAN_THANH', 'Huyện Tân Thạnh', 'HUYEN'],
    ['THANH_HOA', 'Huyện Thạnh Hóa', 'HUYEN'],
    ['THU_THUA', 'Huyện Thủ Thừa', 'HUYEN'],
    ['BEN_LUC', 'Huyện Bến Lức', 'HUYEN'],
    ['TAN_TRU', 'Huyện Tân Trụ', 'HUYEN'],
    ['CAN_GIUOC', 'Huyện Cần Giuộc', 'HUYEN'],
    ['CAN_DUOC', 'Huyện Cần Đước', 'HUYEN'],
    ['CHAU_THANH', 'Huyện Châu Thành', 'HUYEN'],
  ],
  OLD_MAP_TO,
)

// The ten departments ranked 2019–2024. Four of them were merged into others on 1 March 2025;
// the rest end with the province on 30 June 2025 (their successors are Tây Ninh's departments).
export const LONG_AN_DEPARTMENTS = children(
  'LONG_AN',
  'DEPARTMENT',
  [
    ['SO_NOI_VU', 'Sở Nội vụ', 'SO'],
    ['SO_TU_PHAP', 'Sở Tư pháp', 'SO'],
    ['SO_TAI_CHINH', 'Sở Tài chính', 'SO'],
    ['SO_KE_HOACH_DAU_TU', 'Sở Kế hoạch và Đầu tư', 'SO', OLD_DEPARTMENTS_TO],
    ['SO_Y_TE', 'Sở Y tế', 'SO'],
    ['SO_GIAO_DUC', 'Sở Giáo dục và Đào tạo', 'SO'],
    ['SO_TAI_NGUYEN', 'Sở Tài nguyên và Môi trường', 'SO', OLD_DEPARTMENTS_TO],
    ['SO_GIAO_THONG', 'Sở Giao thông vận tải', 'SO', OLD_DEPARTMENTS_TO],
    ['SO_NONG_NGHIEP', 'Sở Nông nghiệp và Phát triển nông thôn', 'SO', OLD_DEPARTMENTS_TO],
    ['BQL_KHU_KINH_TE', 'Ban Quản lý Khu kinh tế', 'BAN'],
  ],
  OLD_MAP_TO,
)

/** Long An's departments that take part in its 1 March 2025 mergers but were not ranked in the demo. */
export const LONG_AN_DEPARTMENTS_2025 = [
  ...children('LONG_AN', 'DEPARTMENT', [['SO_XAY_DUNG', 'Sở Xây dựng', 'SO']], OLD_MAP_TO),
  ...children(
    'LONG_AN',
    'DEPARTMENT',
    [['SO_NN_MT', 'Sở Nông nghiệp và Môi trường', 'SO']],
    OLD_MAP_TO,
    '2025-03-01',
  ),
]

export const AN_GIANG_DISTRICTS = children(
  'AN_GIANG',
  'DISTRICT',
  [
    ['LONG_XUYEN', 'Thành phố Long Xuyên', 'THANH_PHO'],
    ['CHAU_DOC', 'Thành phố Châu Đốc', 'THANH_PHO'],
    ['TAN_CHAU', 'Thị xã Tân Châu', 'THI_XA'],
    ['TINH_BIEN', 'Thị xã Tịnh Biên', 'THI_XA'],
    ['AN_PHU', 'Huyện An Phú', 'HUYEN'],
    ['CHAU_PHU', 'Huyện Châu Phú', 'HUYEN'],
    ['CHAU_THANH', 'Huyện Châu Thành', 'HUYEN'],
    ['CHO_MOI', 'Huyện Chợ Mới', 'HUYEN'],
    ['PHU_TAN', 'Huyện Phú Tân', 'HUYEN'],
    ['THOAI_SON', 'Huyện Thoại Sơn', 'HUYEN'],
    ['TRI_TON', 'Huyện Tri Tôn', 'HUYEN'],
  ],
  OLD_MAP_TO,
)

// Đông Xuyên was merged into Mỹ Xuyên from 1 January 2025; Mỹ Hòa Hưng was not rearranged in
// 2025 and continues as a commune of An Giang (a second placement in units-2025.csv).
export const LONG_XUYEN_COMMUNES = children(
  'AN_GIANG.LONG_XUYEN',
  'COMMUNE',
  [
    ['MY_BINH', 'Phường Mỹ Bình', 'PHUONG'],
    ['MY_LONG', 'Phường Mỹ Long', 'PHUONG'],
    ['MY_XUYEN', 'Phường Mỹ Xuyên', 'PHUONG'],
    ['DONG_XUYEN', 'Phường Đông Xuyên', 'PHUONG', '2024-12-31'],
    ['BINH_DUC', 'Phường Bình Đức', 'PHUONG'],
    ['BINH_KHANH', 'Phường Bình Khánh', 'PHUONG'],
    ['MY_PHUOC', 'Phường Mỹ Phước', 'PHUONG'],
    ['MY_QUY', 'Phường Mỹ Quý', 'PHUONG'],
    ['MY_THOI', 'Phường Mỹ Thới', 'PHUONG'],
    ['MY_THANH', 'Phường Mỹ Thạnh', 'PHUONG'],
    ['MY_HOA', 'Phường Mỹ Hòa', 'PHUONG'],
    ['MY_KHANH', 'Xã Mỹ Khánh', 'XA'],
    ['MY_HOA_HUNG', 'Xã Mỹ Hòa Hưng', 'XA', ''],
  ],
  OLD_MAP_TO,
)

/**
 * Some of Long An's communes, wards and townships (not ranked in the demo): the predecessors of
 * the new communes and wards of Thạnh Hóa, Tân An and Thủ Thừa (Nghị quyết 1682/NQ-UBTVQH15).
 */
export const LONG_AN_OLD_COMMUNES = [
  ...children(
    'LONG_AN.THANH_HOA',
    'COMMUNE',
    [
      ['THANH_HOA', 'Thị trấn Thạnh Hóa', 'THI_TRAN'],
      ['THUY_TAY', 'Xã Thủy Tây', 'XA'],
      ['THANH_AN', 'Xã Thạnh An', 'XA'],
    ],
    OLD_MAP_TO,
  ),
  ...children(
    'LONG_AN.TAN_AN',
    'COMMUNE',
    [
      ['PHUONG_1', 'Phường 1', 'PHUONG'],
      ['PHUONG_3', 'Phường 3', 'PHUONG'],
      ['PHUONG_4', 'Phường 4', 'PHUONG'],
      ['PHUONG_5', 'Phường 5', 'PHUONG'],
      ['PHUONG_6', 'Phường 6', 'PHUONG'],
      ['HUONG_THO_PHU', 'Xã Hướng Thọ Phú', 'XA'],
      ['PHUONG_7', 'Phường 7', 'PHUONG'],
      ['BINH_TAM', 'Xã Bình Tâm', 'XA'],
      ['NHON_THANH_TRUNG', 'Xã Nhơn Thạnh Trung', 'XA'],
      ['AN_VINH_NGAI', 'Xã An Vĩnh Ngãi', 'XA'],
      ['TAN_KHANH', 'Phường Tân Khánh', 'PHUONG'],
      ['KHANH_HAU', 'Phường Khánh Hậu', 'PHUONG'],
      ['LOI_BINH_NHON', 'Xã Lợi Bình Nhơn', 'XA'],
    ],
    OLD_MAP_TO,
  ),
  ...children(
    'LONG_AN.THU_THUA',
    'COMMUNE',
    [
      ['THU_THUA', 'Thị trấn Thủ Thừa', 'THI_TRAN'],
      ['BINH_THANH', 'Xã Bình Thạnh', 'XA'],
    ],
    OLD_MAP_TO,
  ),
]

/**
 * Tây Ninh's provincial departments: the 19 ranked in 2022–2023 (Quyết định 2729/QĐ-UBND) and
 * the department formed on 1 March 2025. Six ended on 28 February 2025, merged into others on
 * the pattern documented for Long An; the rest continue into the merged province.
 */
export const TAY_NINH_DEPARTMENTS = children('TAY_NINH', 'DEPARTMENT', [
  ['VP_UBND', 'Văn phòng UBND tỉnh', null],
  ['THANH_TRA', 'Thanh tra tỉnh', null],
  ['SO_TTTT', 'Sở Thông tin và Truyền thông', 'SO', OLD_DEPARTMENTS_TO],
  ['SO_TAI_CHINH', 'Sở Tài chính', 'SO'],
  ['SO_TU_PHAP', 'Sở Tư pháp', 'SO'],
  ['SO_NOI_VU', 'Sở Nội vụ', 'SO'],
  ['SO_GIAO_DUC', 'Sở Giáo dục và Đào tạo', 'SO'],
  ['SO_KHCN', 'Sở Khoa học và Công nghệ', 'SO'],
  ['SO_LDTBXH', 'Sở Lao động - Thương binh và Xã hội', 'SO', OLD_DEPARTMENTS_TO],
  ['SO_VHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'SO'],
  ['SO_NN_PTNT', 'Sở Nông nghiệp và Phát triển nông thôn', 'SO', OLD_DEPARTMENTS_TO],
  ['BQL_KKT', 'Ban Quản lý Khu kinh tế tỉnh', 'BAN'],
  ['SO_NGOAI_VU', 'Sở Ngoại vụ', 'SO'],
  ['SO_CONG_THUONG', 'Sở Công Thương', 'SO'],
  ['SO_XAY_DUNG', 'Sở Xây dựng', 'SO'],
  ['SO_GTVT', 'Sở Giao thông vận tải', 'SO', OLD_DEPARTMENTS_TO],
  ['SO_KHDT', 'Sở Kế hoạch và Đầu tư', 'SO', OLD_DEPARTMENTS_TO],
  ['SO_TNMT', 'Sở Tài nguyên và Môi trường', 'SO', OLD_DEPARTMENTS_TO],
  ['SO_Y_TE', 'Sở Y tế', 'SO'],
])
export const TAY_NINH_NEW_DEPARTMENTS = children(
  'TAY_NINH',
  'DEPARTMENT',
  [['SO_NN_MT', 'Sở Nông nghiệp và Môi trường', 'SO']],
  undefined,
  DEPARTMENTS_REORGANISED,
)

/** Some of An Giang's departments, ranked in the demo from 2025 only. */
export const AN_GIANG_DEPARTMENTS = [
  ...children('AN_GIANG', 'DEPARTMENT', [
    ['VP_UBND', 'Văn phòng UBND tỉnh', null],
    ['SO_NOI_VU', 'Sở Nội vụ', 'SO'],
    ['SO_TAI_CHINH', 'Sở Tài chính', 'SO'],
    ['SO_XAY_DUNG', 'Sở Xây dựng', 'SO'],
    ['SO_Y_TE', 'Sở Y tế', 'SO'],
  ]),
  ...children(
    'AN_GIANG',
    'DEPARTMENT',
    [['SO_NN_MT', 'Sở Nông nghiệp và Môi trường', 'SO']],
    undefined,
    DEPARTMENTS_REORGANISED,
  ),
]

export const ALL_DEMO_UNITS: DemoUnit[] = [
  country,
  ...PROVINCES,
  ...LONG_AN_DISTRICTS,
  ...LONG_AN_DEPARTMENTS,
  ...LONG_AN_DEPARTMENTS_2025,
  ...LONG_AN_OLD_COMMUNES,
  ...AN_GIANG_DISTRICTS,
  ...LONG_XUYEN_COMMUNES,
  ...AN_GIANG_DEPARTMENTS,
  ...TAY_NINH_DEPARTMENTS,
  ...TAY_NINH_NEW_DEPARTMENTS,
]
