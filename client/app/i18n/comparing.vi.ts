/** Vietnamese strings of the compare that follows area, under their own top-level keys (merged into `translation`). */
export const comparingVi = {
  comparing: {
    action: 'So sánh',
    actionLabel: 'So sánh {{unit}} với các đơn vị khác',
    year: 'Năm so sánh',
    chosen: 'Đơn vị đang so sánh',
    addTitle: 'Thêm đơn vị',
    addToggle: 'Thêm đơn vị',
    addFrom: 'Từ nhóm',
    search: 'Tìm theo tên',
    searchHint: 'Gõ tên, có hoặc không dấu (vd. tu phap)',
    top: 'Đứng đầu {{cohort}}, {{year}}',
    matches: 'Kết quả tìm trong {{cohort}}, {{year}}',
    add: 'Thêm {{unit}}',
    // Said to a screen reader once a unit is added or removed. Vietnamese has one form; the
    // _one keys are English's singular, kept in step with en.
    added_one: 'Đã thêm {{unit}}: đang so sánh {{count}} đơn vị',
    added_other: 'Đã thêm {{unit}}: đang so sánh {{count}} đơn vị',
    removed_one: 'Đã bỏ {{unit}}: còn {{count}} đơn vị',
    removed_other: 'Đã bỏ {{unit}}: còn {{count}} đơn vị',
    alreadyChosen: 'đã chọn',
    noMatch: 'Không có đơn vị nào khớp với “{{query}}” trong {{cohort}}, {{year}}.',
    full: 'Đã đủ 6 đơn vị: bỏ bớt một đơn vị để thêm.',
    choosing: 'Đang chọn các đơn vị đứng đầu nhóm…',
    noDefault: 'Chưa có đơn vị nào để so sánh: hãy thêm đơn vị ở trên.',
    schemesDiffer: 'Các đơn vị thuộc bộ tiêu chí khác nhau — so sánh theo tỷ lệ % điểm tối đa',
    levelsDiffer:
      'Các đơn vị thuộc cấp khác nhau ({{levels}}): hạng chỉ có nghĩa trong nhóm của mỗi đơn vị.',
    schemeOf: '{{unit}}: {{scheme}}',
    noScheme: 'không rõ bộ tiêu chí',
    // Why a unit has no result that year, where the map says (a unit ended, or not yet formed).
    noResultEnded:
      '{{unit}} không có kết quả năm {{year}}: đơn vị hoạt động đến ngày {{end}}; kết quả gần nhất là năm {{last}}.',
    noResultMerged:
      '{{unit}} không có kết quả năm {{year}}: đơn vị hoạt động đến ngày {{end}}, rồi được sắp xếp vào {{successor}}; kết quả gần nhất là năm {{last}}, trong nhóm của năm đó.',
    noResultMergedThrough:
      '{{unit}} không có kết quả năm {{year}}: đơn vị hoạt động đến ngày {{end}}, rồi được sắp xếp vào {{through}}, đơn vị sau đó được sắp xếp vào {{successor}}; kết quả gần nhất là năm {{last}}, trong nhóm của năm đó.',
    noResultFormed: '{{unit}} không có kết quả năm {{year}}: đơn vị được thành lập ngày {{start}}.',
    noResultFormedFrom:
      '{{unit}} không có kết quả năm {{year}}: đơn vị được thành lập ngày {{start}}, từ {{sources}} và các đơn vị khác được sắp xếp vào.',
    noResultYear: '{{unit}} không có kết quả năm {{year}}.',
    offerYear: 'So sánh năm {{year}} — năm gần nhất mọi đơn vị đều có kết quả',
    cohortOtherYear:
      'Nhóm này không có kết quả năm {{year}}: các đơn vị dưới đây là của năm {{shown}}.',
    byFieldShare: 'Tỷ lệ điểm theo lĩnh vực, năm {{year}}',
    byFieldNote:
      'Mỗi cột là điểm của lĩnh vực chia cho điểm tối đa của chính đơn vị đó ở lĩnh vực ấy; bảng ghi cả điểm/tối đa.',
    // The units compared with a result that year, none with points by field (a national table).
    indexOnly:
      'Kết quả năm {{year}} của {{units}} được công bố dưới dạng chỉ số, không có điểm theo lĩnh vực.',
    shareAxis: '% điểm tối đa',
    shareCell: '{{share}} ({{points}}/{{max}})',
    differences: 'Chênh lệch năm {{year}}',
    differenceNote:
      'So với {{unit}}: chỉ số và lĩnh vực theo tỷ lệ % điểm tối đa; hạng chỉ so khi cùng nhóm.',
    otherCohort: 'khác nhóm',
    rankUp: 'tăng {{count}} hạng',
    rankUpOne: 'tăng 1 hạng',
    rankDown: 'giảm {{count}} hạng',
    rankDownOne: 'giảm 1 hạng',
    unchanged: 'không đổi',
    rankSame: 'giữ nguyên hạng',
    indexUp: 'tăng {{value}} điểm',
    indexDown: 'giảm {{value}} điểm',
    rankAhead: 'cao hơn {{count}} hạng',
    rankAheadOne: 'cao hơn 1 hạng',
    rankBehind: 'thấp hơn {{count}} hạng',
    rankBehindOne: 'thấp hơn 1 hạng',
    sameRank: 'cùng hạng',
    indexAhead: 'cao hơn {{value}} điểm',
    indexBehind: 'thấp hơn {{value}} điểm',
    shareAhead: 'cao hơn {{value}} điểm %',
    shareBehind: 'thấp hơn {{value}} điểm %',
    sameShare: 'bằng nhau',
    changeIndex: 'Chỉ số so với {{previous}}',
    changeRank: 'Hạng so với {{previous}}',
  },
}
