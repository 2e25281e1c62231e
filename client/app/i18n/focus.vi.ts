/** Vietnamese strings of the my unit (focus), state that holds, rank history and phone tables area, under their own top-level keys (merged into `translation`). */
export const focusVi = {
  myUnit: {
    title: 'Đơn vị của tôi',
    set: 'Đặt làm đơn vị của tôi',
    isMine: 'Đơn vị của tôi',
    clear: 'Bỏ chọn đơn vị của tôi',
    marker: 'Đơn vị của tôi',
    search: 'Tìm đơn vị',
    searchHint: 'Ví dụ: thanh hoa (không cần dấu)',
    searching: 'Đang tìm…',
    // Said to a screen reader as the list appears (a sighted reader sees it).
    found_one: 'Tìm thấy {{count}} đơn vị',
    found_other: 'Tìm thấy {{count}} đơn vị',
    noMatch: 'Không có đơn vị nào khớp với “{{query}}” trong {{cohort}}, năm {{year}}.',
    moreMatches: 'Và {{count}} đơn vị khác: gõ thêm để thu hẹp.',
    profile: 'Xem hồ sơ',
    choosePrompt:
      'Chọn đơn vị của anh/chị một lần: đơn vị đó được làm nổi bật trên mọi biểu đồ, bảng và tệp xuất.',
    notInCohort: '{{unit}} không thuộc {{cohort}} năm {{year}}.',
    whereRanked: 'Mở hồ sơ của đơn vị để xem đơn vị đã được xếp hạng ở đâu.',
    rankedIn: 'Năm {{year}}, đơn vị được xếp hạng trong {{cohort}}.',
    openThatCohort: 'Xem xếp hạng đó',
    endedOn: 'Đơn vị chỉ tồn tại đến ngày {{date}}.',
    lastResult: 'Kết quả gần nhất: năm {{year}}, {{cohort}}.',
    openYear: 'Xem năm {{year}}',
    noResultYear: 'Đơn vị không có kết quả năm {{year}}.',
    badCode: 'Mã đơn vị “{{code}}” trong liên kết không hợp lệ; không đơn vị nào được làm nổi bật.',
    index: 'Chỉ số CCHC',
    rank: 'Thứ hạng',
    change: 'So với {{previous}}',
    grade: 'Xếp loại',
    // The rank move beside the index change, in words: "+0,81 ↓1 (giảm 1 hạng)".
    rankUp_one: 'tăng {{count}} hạng',
    rankUp_other: 'tăng {{count}} hạng',
    rankDown_one: 'giảm {{count}} hạng',
    rankDown_other: 'giảm {{count}} hạng',
    rankSame: 'giữ nguyên hạng',
    weakest: 'Lĩnh vực còn thiếu nhiều điểm nhất',
    weakestItem:
      '{{field}}: còn thiếu {{short}} điểm so với tối đa {{max}} (đạt {{points}} điểm; {{share}})',
    noFields: 'Năm này không có điểm theo lĩnh vực.',
    noneLost: 'Mọi lĩnh vực đều đạt điểm tối đa.',
    summary: 'Tóm tắt',
    rankOf: 'hạng {{rank}}/{{total}}',
    openProfile: 'Mở hồ sơ {{unit}}',
  },
  viewState: {
    yearMoved:
      '{{cohort}} không có số liệu năm {{from}}; đang hiển thị năm gần nhất có số liệu: {{to}}.',
  },
  rankHistory: {
    axis: 'Hạng',
    phoneNote:
      'Trên màn hình nhỏ chỉ vẽ {{shown}} trên {{total}} đường: 3 đơn vị đầu, 3 đơn vị cuối và đơn vị của tôi. Bảng có đủ mọi đơn vị.',
    phoneNoteNoFocus:
      'Trên màn hình nhỏ chỉ vẽ {{shown}} trên {{total}} đường: 3 đơn vị đầu và 3 đơn vị cuối. Bảng có đủ mọi đơn vị.',
    // A large cohort's axis (logRankAxis): its ticks 1, 2, 5 … 596, 599, 600 are not even steps.
    logNote:
      'Trục hạng chia theo thang log từ hai đầu: khoảng cách giữa các hạng đầu và cuối bảng được giãn ra, phần giữa bảng được thu lại; vạch chấm là giữa bảng.',
    // Lines that meet in one point: one dot hides the other (a tie, as published or computed).
    sharedRank: 'Năm {{years}}: {{units}} cùng hạng {{rank}}.',
    publishedDiffers: 'Hạng vẽ theo quyết định công bố, khác hạng tính lại từ chỉ số: {{list}}.',
    publishedDiffersItem:
      '{{unit}} năm {{year}} (công bố hạng {{published}}, tính lại hạng {{computed}})',
    highlightHint: 'Chạm hoặc rê chuột vào một đường (hay tên ở cuối đường) để làm nổi bật.',
    highlighted: 'Đang làm nổi bật: {{unit}}. Chạm lại để bỏ.',
  },
  phoneTable: {
    more: 'Thêm cột',
    fewer: 'Bớt cột',
  },
}
