/** Vietnamese strings of the scorecard area, under their own top-level keys (merged into `translation`). */
export const scorecardVi = {
  scorecard: {
    nav: 'Bảng điểm lĩnh vực',
    title: 'Bảng điểm lĩnh vực',
    table: 'Tỷ lệ điểm đạt so với điểm tối đa từng lĩnh vực — {{cohort}}, năm {{year}}',
    intro:
      'Mỗi ô là điểm đạt của đơn vị chia cho điểm tối đa của lĩnh vực đối với đơn vị đó, tô màu theo xếp loại của bộ chỉ số. Mũi tên là thay đổi so với năm {{previous}}, chỉ khi so sánh được.',
    introNoPrevious:
      'Mỗi ô là điểm đạt của đơn vị chia cho điểm tối đa của lĩnh vực đối với đơn vị đó, tô màu theo xếp loại của bộ chỉ số.',
    best: 'Cao nhất nhóm',
    median: 'Trung vị nhóm',
    index: 'Chỉ số (%)',
    cellTitle: '{{field}}: {{points}}/{{max}} điểm ({{share}}), {{band}}',
    cellTitleNoMax: '{{field}}: {{points}} điểm (không rõ điểm tối đa)',
    change: '{{delta}} điểm % so với năm trước',
    noPoints: 'không có điểm',
    legend: 'Xếp loại theo tỷ lệ điểm của lĩnh vực',
    heatmap: 'Bản đồ nhiệt theo lĩnh vực',
    arrowKey: '▲ tăng, ▼ giảm, ▬ không đổi so với năm {{previous}}',
    // The image's subtitle names its units as a report would: never "the page shown".
    heatmapSubtitle: '{{cohort}}, năm {{year}} — {{count}} đơn vị, % điểm tối đa',
    // Vietnamese has one form; the _one keys are English's singular, kept in step with en.
    heatmapSubtitle_one: '{{cohort}}, năm {{year}} — {{count}} đơn vị, % điểm tối đa',
    heatmapSubtitleSearch:
      '{{cohort}}, năm {{year}} — {{count}} đơn vị tìm theo “{{query}}”, % điểm tối đa',
    heatmapSubtitleSearch_one:
      '{{cohort}}, năm {{year}} — {{count}} đơn vị tìm theo “{{query}}”, % điểm tối đa',
    heatmapSubtitlePage:
      '{{cohort}}, năm {{year}} — đơn vị thứ {{from}}–{{to}} trong {{matched}}, % điểm tối đa',
    empty: 'Chưa có điểm theo lĩnh vực cho {{what}}.',
    fieldShort: {
      LEADERSHIP: 'Chỉ đạo, điều hành',
      INSTITUTIONS: 'Thể chế',
      PROCEDURES: 'Thủ tục hành chính',
      ORGANISATION: 'Tổ chức bộ máy',
      CIVIL_SERVICE: 'Chế độ công vụ',
      PUBLIC_FINANCE: 'Tài chính công',
      DIGITAL_GOVERNMENT: 'Chính quyền số',
      ONE_STOP_SHOP: 'Một cửa',
      IMPACT: 'Tác động',
      ADJUSTMENT: 'Điểm thưởng, trừ',
    },
  },
  /** Headlines whose numbers add up on their face (issue: cancelled tasks, household titles). */
  headlines: {
    tasks: '{{done}}/{{due}} nhiệm vụ hoàn thành — {{pct}}',
    tasksCancelled:
      '{{done}}/{{due}} nhiệm vụ hoàn thành (trừ {{cancelled}} điều chỉnh/hủy) — {{pct}}',
    awards: '{{total}} khen thưởng: {{parts}}',
    // Vietnamese has one form; the _one keys are English's singular, kept in step with en.
    collective_one: '{{value}} tập thể',
    collective_other: '{{value}} tập thể',
    individual_one: '{{value}} cá nhân',
    individual_other: '{{value}} cá nhân',
    household_one: '{{value}} hộ gia đình',
    household_other: '{{value}} hộ gia đình',
    givenReceived: 'Từ cấp trên: {{received}}; đơn vị tự khen: {{given}}.',
  },
  /** Awards by award × recipient type, given apart from received. */
  awardBreakdown: {
    title: 'Theo hình thức và đối tượng khen thưởng',
    direction: 'Nguồn khen',
    // The awards chart's words (ADR 056), in its table, its files and the list alike.
    GIVEN: 'Đơn vị tự khen',
    RECEIVED: 'Từ cấp trên',
    given: 'Đơn vị tự khen',
    received: 'Từ cấp trên',
    household: 'Hộ gia đình',
    detail: 'Chi tiết',
    detailGiven: 'Tự khen: {{list}}',
    detailReceived: 'Từ cấp trên: {{list}}',
    item: '{{award}} — {{parts}}',
  },
}
