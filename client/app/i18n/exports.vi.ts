/** Vietnamese strings of the exports area, under their own top-level keys (merged into `translation`). */
export const exportsVi = {
  chartExport: {
    target: 'Khổ ảnh',
    targets: {
      'a4-portrait': 'A4 khổ dọc (16 cm)',
      'a4-landscape': 'A4 khổ ngang',
      'slide-16-9': 'Trình chiếu 16:9',
    },
    source: {
      decision:
        'Nguồn: Quyết định số {{no}} ngày {{date}} của {{issuer}}; số liệu {{cohort}}, {{years}}',
      decisionNoIssuer: 'Nguồn: Quyết định số {{no}} ngày {{date}}; số liệu {{cohort}}, {{years}}',
      published: 'Nguồn: kết quả đã công bố — {{cohort}}, {{years}}',
      draft: 'Nguồn: PAR Dashboard — {{cohort}}, {{years}} — Dự thảo, chưa công bố',
      data: 'Nguồn: PAR Dashboard — dữ liệu {{cohort}}, {{years}}',
    },
    draftMark: 'Dự thảo — chưa công bố',
    // An image's key to the reader's unit's mark (▶, bold): a report has no "my unit".
    focusKey: 'Đơn vị được làm nổi bật: {{unit}}',
    axis: {
      indexPct: 'Chỉ số (%)',
      delta: 'Tăng/giảm (điểm)',
      points: 'Điểm',
      rank: 'Hạng',
      tasks: 'Số nhiệm vụ',
      awards: 'Số khen thưởng',
    },
  },
}
