/** Vietnamese strings of the perf area, under their own top-level keys (merged into `translation`). */
export const perfVi = {
  /** Cohort pages that read one page or a summary at a time (ADR 016). */
  cohortPages: {
    tasksTable: 'Danh sách nhiệm vụ CCHC theo đơn vị — {{cohort}}, {{year}}',
    awardsTable: 'Danh sách khen thưởng theo đơn vị — {{cohort}}, {{year}}',
    rowsOf: 'Dòng {{first}}–{{last}} trên {{total}}',
    // Vietnamese has one form; the _one keys are English's singular, kept in step with en.
    rowsOfMatched_one:
      'Dòng {{first}}–{{last}} trên {{matched}} đơn vị khớp “{{query}}” (tổng {{total}})',
    rowsOfMatched_other:
      'Dòng {{first}}–{{last}} trên {{matched}} đơn vị khớp “{{query}}” (tổng {{total}})',
    noneMatched: 'Không đơn vị nào khớp (tổng {{total}})',
    pastEnd: 'Không có trang {{page}} (trang cuối là trang {{pages}}); đang mở trang {{pages}}.',
    pager: 'Phân trang: {{caption}}',
    page: 'Trang {{page}}/{{pages}}',
    previous: '‹ Trước',
    next: 'Sau ›',
    firstPage: 'Trang đầu',
    lastPage: 'Trang cuối',
    downloadAll_one: 'Tải toàn bộ danh sách ({{total}} đơn vị):',
    downloadAll_other: 'Tải toàn bộ danh sách ({{total}} đơn vị):',
    loadedFigures:
      'Đã nhập số liệu của {{loaded}} trên {{total}} đơn vị được xếp hạng: các số tổng chỉ tính {{loaded}} đơn vị này',
    flaggedOnPage_one:
      'Trang này có {{count}} đơn vị có hạng hoặc xếp loại công bố khác kết quả tính toán.',
    flaggedOnPage_other:
      'Trang này có {{count}} đơn vị có hạng hoặc xếp loại công bố khác kết quả tính toán.',
  },
  /** A chart whose drawing is loaded when it is first drawn (lazy-chart.tsx). */
  charts: {
    loadFailed:
      'Không tải được biểu đồ. Kiểm tra kết nối rồi tải lại trang; bảng số liệu vẫn xem được.',
  },
}
