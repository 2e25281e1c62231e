// The map from 1 July 2025 (two-tier local government) and the lineage that links it to the old one.
// Communes and wards: names and official codes from Công văn 1027/CTK-CSCL (Cục Thống kê, 25 June
// 2025); their predecessors from Nghị quyết 1682/NQ-UBTVQH15 (Tây Ninh) and 1654/NQ-UBTVQH15
// (An Giang), both of 16 June 2025. See seeds/README.md for the sources.
import type { UnitTitle } from '#shared/domain/units.ts'
import {
  AN_GIANG_DISTRICTS,
  DEPARTMENTS_REORGANISED,
  type DemoUnit,
  LONG_AN_DISTRICTS,
  TWO_TIER_FROM,
} from './demo-units.ts'

function commune(code: string, name: string, parentCode: string): DemoUnit {
  const title: UnitTitle = name.startsWith('Phường')
    ? 'PHUONG'
    : name.startsWith('Đặc khu')
      ? 'DAC_KHU'
      : 'XA'
  return { code, name, kind: 'COMMUNE', parentCode, title, validFrom: TWO_TIER_FROM }
}

/** All 14 wards of the merged Tây Ninh (82 communes beside them: 96 in all). */
export const TAY_NINH_WARDS = (
  [
    ['27787', 'Phường Kiến Tường'],
    ['27694', 'Phường Long An'],
    ['27712', 'Phường Tân An'],
    ['27715', 'Phường Khánh Hậu'],
    ['25459', 'Phường Tân Ninh'],
    ['25480', 'Phường Bình Minh'],
    ['25567', 'Phường Ninh Thạnh'],
    ['25630', 'Phường Long Hoa'],
    ['25645', 'Phường Hòa Thành'],
    ['25633', 'Phường Thanh Điền'],
    ['25708', 'Phường Trảng Bàng'],
    ['25732', 'Phường An Tịnh'],
    ['25654', 'Phường Gò Dầu'],
    ['25672', 'Phường Gia Lộc'],
  ] as const
).map(([code, name]) => commune(code, name, 'TAY_NINH'))

/** 18 of Tây Ninh's 82 communes: the successors named after Long An's districts, and a few of old Tây Ninh's. */
export const TAY_NINH_COMMUNES = (
  [
    ['27865', 'Xã Thạnh Hóa'],
    ['27721', 'Xã Tân Hưng'],
    ['27757', 'Xã Vĩnh Hưng'],
    ['27823', 'Xã Mộc Hóa'],
    ['27826', 'Xã Tân Thạnh'],
    ['28036', 'Xã Thủ Thừa'],
    ['27925', 'Xã Đức Huệ'],
    ['27937', 'Xã Đức Hòa'],
    ['27991', 'Xã Bến Lức'],
    ['28075', 'Xã Tân Trụ'],
    ['28159', 'Xã Cần Giuộc'],
    ['28108', 'Xã Cần Đước'],
    ['28210', 'Xã Tầm Vu'],
    ['25486', 'Xã Tân Biên'],
    ['25516', 'Xã Tân Châu'],
    ['25552', 'Xã Dương Minh Châu'],
    ['25585', 'Xã Châu Thành'],
    ['25681', 'Xã Bến Cầu'],
  ] as const
).map(([code, name]) => commune(code, name, 'TAY_NINH'))

/** 8 of An Giang's 14 wards. */
export const AN_GIANG_WARDS = (
  [
    ['30307', 'Phường Long Xuyên'],
    ['30292', 'Phường Bình Đức'],
    ['30301', 'Phường Mỹ Thới'],
    ['30316', 'Phường Châu Đốc'],
    ['30325', 'Phường Vĩnh Tế'],
    ['30376', 'Phường Tân Châu'],
    ['30742', 'Phường Rạch Giá'],
    ['30769', 'Phường Hà Tiên'],
  ] as const
).map(([code, name]) => commune(code, name, 'AN_GIANG'))

/** 12 of An Giang's 85 communes and 3 special zones (Mỹ Hòa Hưng, the 13th loaded, keeps its old code). */
export const AN_GIANG_COMMUNES = (
  [
    ['30337', 'Xã An Phú'],
    ['30628', 'Xã Chợ Mới'],
    ['30682', 'Xã Thoại Sơn'],
    ['30544', 'Xã Tri Tôn'],
    ['30589', 'Xã An Châu'],
    ['30463', 'Xã Châu Phú'],
    ['30406', 'Xã Phú Tân'],
    ['30904', 'Xã Giồng Riềng'],
    ['30817', 'Xã Hòn Đất'],
    ['31078', 'Đặc khu Phú Quốc'],
    ['31108', 'Đặc khu Kiên Hải'],
    ['31105', 'Đặc khu Thổ Châu'],
  ] as const
).map(([code, name]) => commune(code, name, 'AN_GIANG'))

/**
 * Units that continue under another parent: a second row for an existing code with the new parent
 * and the date the placement begins. Mỹ Hòa Hưng was one of An Giang's six communes "không thực
 * hiện sắp xếp" (1654/NQ-UBTVQH15, khoản 97): same unit, now directly under the province.
 */
export const PLACEMENT_CHANGES: DemoUnit[] = [
  {
    code: 'AN_GIANG.LONG_XUYEN.MY_HOA_HUNG',
    name: 'Xã Mỹ Hòa Hưng',
    kind: 'COMMUNE',
    parentCode: 'AN_GIANG',
    title: 'XA',
    validFrom: TWO_TIER_FROM,
  },
]

export const UNITS_2025: DemoUnit[] = [
  ...TAY_NINH_WARDS,
  ...TAY_NINH_COMMUNES,
  ...AN_GIANG_WARDS,
  ...AN_GIANG_COMMUNES,
]

export type DemoLineage = { event: string; from: string; to: string; date: string; note: string }

const merge = (from: string, to: string, date: string, note: string): DemoLineage => ({
  event: 'MERGE',
  from,
  to,
  date,
  note,
})

const NQ_TN = 'Nghị quyết 1682/NQ-UBTVQH15'
const NQ_AG = 'Nghị quyết 1654/NQ-UBTVQH15'
const LX = 'AN_GIANG.LONG_XUYEN'
const TA = 'LONG_AN.TAN_AN'

export const DEMO_LINEAGE: DemoLineage[] = [
  // Provinces (Nghị quyết 60-NQ/TW, 202/2025/QH15).
  merge(
    'LONG_AN',
    'TAY_NINH',
    TWO_TIER_FROM,
    'Hợp nhất tỉnh Tây Ninh và tỉnh Long An, lấy tên là tỉnh Tây Ninh',
  ),
  merge(
    'KIEN_GIANG',
    'AN_GIANG',
    TWO_TIER_FROM,
    'Hợp nhất tỉnh An Giang và tỉnh Kiên Giang, lấy tên là tỉnh An Giang',
  ),
  merge(
    'HAI_DUONG',
    'HAI_PHONG',
    TWO_TIER_FROM,
    'Hợp nhất tỉnh Hải Dương và thành phố Hải Phòng, lấy tên là thành phố Hải Phòng',
  ),
  merge(
    'BA_RIA_VUNG_TAU',
    'HO_CHI_MINH',
    TWO_TIER_FROM,
    'Hợp nhất tỉnh Bà Rịa - Vũng Tàu, tỉnh Bình Dương và Thành phố Hồ Chí Minh, lấy tên là Thành phố Hồ Chí Minh',
  ),

  // Districts: the level ended; their territory went to communes, which are of another level, so
  // the event is a dissolution without a successor of the same level.
  ...[...LONG_AN_DISTRICTS, ...AN_GIANG_DISTRICTS].map((d) => ({
    event: 'DISSOLVE',
    from: d.code,
    to: '',
    date: TWO_TIER_FROM,
    note: 'Kết thúc hoạt động của đơn vị hành chính cấp huyện (Nghị quyết 60-NQ/TW)',
  })),

  // Long Xuyên: Đông Xuyên into Mỹ Xuyên (1 January 2025), then the three new wards.
  merge(
    `${LX}.DONG_XUYEN`,
    `${LX}.MY_XUYEN`,
    '2025-01-01',
    'Nhập phường Đông Xuyên vào phường Mỹ Xuyên',
  ),
  ...['MY_BINH', 'MY_LONG', 'MY_XUYEN', 'MY_PHUOC', 'MY_QUY', 'MY_HOA'].map((s) =>
    merge(`${LX}.${s}`, '30307', TWO_TIER_FROM, `${NQ_AG}, khoản 80: phường Long Xuyên`),
  ),
  ...['BINH_KHANH', 'BINH_DUC', 'MY_KHANH'].map((s) =>
    merge(`${LX}.${s}`, '30292', TWO_TIER_FROM, `${NQ_AG}, khoản 81: phường Bình Đức`),
  ),
  ...['MY_THANH', 'MY_THOI'].map((s) =>
    merge(`${LX}.${s}`, '30301', TWO_TIER_FROM, `${NQ_AG}, khoản 82: phường Mỹ Thới`),
  ),

  // Long An: Thạnh Hóa, Tân An, Thủ Thừa.
  ...['THANH_HOA', 'THUY_TAY', 'THANH_AN'].map((s) =>
    merge(`LONG_AN.THANH_HOA.${s}`, '27865', TWO_TIER_FROM, `${NQ_TN}, khoản 18: xã Thạnh Hóa`),
  ),
  ...['PHUONG_1', 'PHUONG_3', 'PHUONG_4', 'PHUONG_5', 'PHUONG_6', 'HUONG_THO_PHU'].map((s) =>
    merge(`${TA}.${s}`, '27694', TWO_TIER_FROM, `${NQ_TN}, khoản 84: phường Long An`),
  ),
  ...['PHUONG_7', 'BINH_TAM', 'NHON_THANH_TRUNG', 'AN_VINH_NGAI'].map((s) =>
    merge(`${TA}.${s}`, '27712', TWO_TIER_FROM, `${NQ_TN}, khoản 85: phường Tân An`),
  ),
  ...['TAN_KHANH', 'KHANH_HAU', 'LOI_BINH_NHON'].map((s) =>
    merge(`${TA}.${s}`, '27715', TWO_TIER_FROM, `${NQ_TN}, khoản 86: phường Khánh Hậu`),
  ),
  merge('LONG_AN.THU_THUA.THU_THUA', '28036', TWO_TIER_FROM, `${NQ_TN}, khoản 20: xã Thủ Thừa`),
  {
    event: 'SPLIT',
    from: 'LONG_AN.THU_THUA.BINH_THANH',
    to: '28036',
    date: TWO_TIER_FROM,
    note: `${NQ_TN}, khoản 20: một phần xã Bình Thạnh vào xã Thủ Thừa`,
  },
  {
    event: 'SPLIT',
    from: 'LONG_AN.THU_THUA.BINH_THANH',
    to: '27694',
    date: TWO_TIER_FROM,
    note: `${NQ_TN}, khoản 84: phần còn lại của xã Bình Thạnh vào phường Long An`,
  },

  // Departments, 1 March 2025: Long An's mergers as announced on 28 February 2025.
  merge(
    'LONG_AN.SO_KE_HOACH_DAU_TU',
    'LONG_AN.SO_TAI_CHINH',
    DEPARTMENTS_REORGANISED,
    'Hợp nhất Sở Kế hoạch và Đầu tư với Sở Tài chính thành Sở Tài chính',
  ),
  merge(
    'LONG_AN.SO_TAI_NGUYEN',
    'LONG_AN.SO_NN_MT',
    DEPARTMENTS_REORGANISED,
    'Hợp nhất Sở Tài nguyên và Môi trường với Sở Nông nghiệp và Phát triển nông thôn thành Sở Nông nghiệp và Môi trường',
  ),
  merge(
    'LONG_AN.SO_NONG_NGHIEP',
    'LONG_AN.SO_NN_MT',
    DEPARTMENTS_REORGANISED,
    'Hợp nhất Sở Tài nguyên và Môi trường với Sở Nông nghiệp và Phát triển nông thôn thành Sở Nông nghiệp và Môi trường',
  ),
  merge(
    'LONG_AN.SO_GIAO_THONG',
    'LONG_AN.SO_XAY_DUNG',
    DEPARTMENTS_REORGANISED,
    'Hợp nhất Sở Giao thông vận tải và Sở Xây dựng thành Sở Xây dựng',
  ),
  // Tây Ninh's on the same pattern (not separately sourced; see README).
  merge(
    'TAY_NINH.SO_KHDT',
    'TAY_NINH.SO_TAI_CHINH',
    DEPARTMENTS_REORGANISED,
    'Hợp nhất Sở Kế hoạch và Đầu tư với Sở Tài chính',
  ),
  merge(
    'TAY_NINH.SO_TNMT',
    'TAY_NINH.SO_NN_MT',
    DEPARTMENTS_REORGANISED,
    'Hợp nhất thành Sở Nông nghiệp và Môi trường',
  ),
  merge(
    'TAY_NINH.SO_NN_PTNT',
    'TAY_NINH.SO_NN_MT',
    DEPARTMENTS_REORGANISED,
    'Hợp nhất thành Sở Nông nghiệp và Môi trường',
  ),
  merge(
    'TAY_NINH.SO_GTVT',
    'TAY_NINH.SO_XAY_DUNG',
    DEPARTMENTS_REORGANISED,
    'Hợp nhất Sở Giao thông vận tải và Sở Xây dựng',
  ),
  merge(
    'TAY_NINH.SO_TTTT',
    'TAY_NINH.SO_KHCN',
    DEPARTMENTS_REORGANISED,
    'Hợp nhất Sở Thông tin và Truyền thông với Sở Khoa học và Công nghệ',
  ),
  merge(
    'TAY_NINH.SO_LDTBXH',
    'TAY_NINH.SO_NOI_VU',
    DEPARTMENTS_REORGANISED,
    'Hợp nhất Sở Lao động - Thương binh và Xã hội với Sở Nội vụ',
  ),
  // Departments, 1 July 2025: Long An's end with the province, into the merged Tây Ninh's.
  ...(
    [
      ['SO_NOI_VU', 'SO_NOI_VU'],
      ['SO_TU_PHAP', 'SO_TU_PHAP'],
      ['SO_TAI_CHINH', 'SO_TAI_CHINH'],
      ['SO_Y_TE', 'SO_Y_TE'],
      ['SO_GIAO_DUC', 'SO_GIAO_DUC'],
      ['SO_NN_MT', 'SO_NN_MT'],
      ['SO_XAY_DUNG', 'SO_XAY_DUNG'],
      ['BQL_KHU_KINH_TE', 'BQL_KKT'],
    ] as const
  ).map(([from, to]) =>
    merge(
      `LONG_AN.${from}`,
      `TAY_NINH.${to}`,
      TWO_TIER_FROM,
      'Sắp xếp cơ quan chuyên môn khi hợp nhất tỉnh Long An vào tỉnh Tây Ninh',
    ),
  ),
]
