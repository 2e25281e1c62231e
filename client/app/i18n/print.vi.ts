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
      published: 'Đã công bố — QĐ {{decision}} ngày {{date}}',
      publishedNumber: 'Đã công bố — QĐ {{decision}}',
      publishedPlain: 'Đã công bố',
      mixed: 'Công bố một phần — còn kết quả dự thảo',
      draft: 'Dự thảo — chưa công bố',
    },
  },
}
