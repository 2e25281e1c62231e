/** Vietnamese strings of the print area, under their own top-level keys (merged into `translation`). */
export const printVi = {
  print: {
    /** The browser tab's title: what the page shows, for whom, for which year. */
    title: {
      full: '{{page}} — {{subject}}, {{year}}',
      subject: '{{page}} — {{subject}}',
      units: '{{first}} và {{count}} đơn vị khác',
    },
    pages: {
      overview: 'Tổng quan Chỉ số CCHC',
      rankings: 'Xếp hạng Chỉ số CCHC',
      tasks: 'Nhiệm vụ cải cách hành chính',
      awards: 'Thi đua, khen thưởng',
      profile: 'Hồ sơ Chỉ số CCHC',
      compare: 'So sánh Chỉ số CCHC',
      data: 'Quản lý dữ liệu',
      admin: 'Quản trị hệ thống',
      login: 'Đăng nhập',
      notFound: 'Không tìm thấy trang',
    },
    /** Page numbers in the printed footer: "Trang 1/3". */
    pageOf: { before: 'Trang ', between: '/' },
    status: {
      label: 'Tình trạng công bố',
      // On a page of figures no index decision publishes (tasks, awards): whose publication it is.
      ofIndex: 'Chỉ số CCHC:',
      published: 'Đã công bố — QĐ {{decision}} ngày {{date}}',
      publishedNumber: 'Đã công bố — QĐ {{decision}}',
      publishedPlain: 'Đã công bố',
      publishedDated: 'Đã công bố ngày {{date}}',
      publishedDatedBy: 'Đã công bố ngày {{date}} — {{issuer}}',
      mixed: 'Công bố một phần — còn kết quả dự thảo',
      draft: 'Dự thảo — chưa công bố',
    },
  },
  /** A server-paged table printed whole, or a printout that says which rows it holds. */
  printWhole: {
    action: 'In toàn bảng',
    loading: 'Đang tải toàn bảng để in…',
    failed: 'Không tải được toàn bảng để in. Hãy thử lại hoặc tải tệp XLSX.',
    tooMany:
      'Bảng có {{total}} hàng, quá {{cap}} hàng để in. Toàn bộ danh sách có trong tệp XLSX (tải ở cuối bảng).',
    whole: 'Toàn bảng: {{count}} hàng, theo thứ tự của bảng trên màn hình.',
    rowsNote:
      'Hàng {{first}}–{{last}} của {{total}}. Bản in này chỉ gồm các hàng trên; để in toàn bảng, dùng «In toàn bảng»; toàn bộ danh sách có trong tệp XLSX.',
    rowsNoteMatched:
      'Hàng {{first}}–{{last}} của {{matched}} hàng khớp «{{query}}» (bảng có {{total}} hàng). Bản in này chỉ gồm các hàng trên.',
  },
}
