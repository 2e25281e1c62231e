import { ADMIN_EMAIL, ADMIN_PASSWORD, expect, test } from './fixtures.ts'
import { signIn } from './fixtures/upload.ts'

test('an admin adds a user, changes the role, and the audit log shows it', async ({ page }) => {
  const email = `bien.tap.${Date.now().toString(36)}@par.example.vn`
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, '/admin')
  await expect(page.getByRole('heading', { name: 'Quản trị', level: 1 })).toBeVisible()

  const form = page.getByRole('form', { name: 'Thêm tài khoản' })
  await form.getByLabel('Họ tên').fill('Trần Thị Biên Tập')
  await form.getByLabel('Email').fill(email)
  await form.getByLabel('Vai trò').selectOption('VIEWER')
  await form.getByLabel('Mật khẩu').fill('mat-khau-bien-tap')
  await form.getByRole('button', { name: 'Tạo tài khoản' }).click()
  await expect(page.getByText(`Đã tạo tài khoản ${email}.`)).toBeVisible()

  const row = page.getByTestId('users-table').getByRole('row').filter({ hasText: email })
  await row.getByLabel('Vai trò của Trần Thị Biên Tập').selectOption('EDITOR')
  await expect(page.getByText('Đã cập nhật tài khoản Trần Thị Biên Tập.')).toBeVisible()
  await expect(row.getByLabel('Vai trò của Trần Thị Biên Tập')).toHaveValue('EDITOR')

  // The newest entries come first: the role change is at the top for this account.
  const audit = page.getByTestId('audit-table')
  const entry = audit
    .getByRole('row')
    .filter({ hasText: 'Vai trò: Người xem → Biên tập viên' })
    .filter({ hasText: email })
  await expect(entry).toHaveCount(1)
  await expect(entry).toContainText(ADMIN_EMAIL)
  // The log's codes in words, each code in its title.
  await expect(entry.getByTitle('UPDATE')).toHaveText('Sửa')
  await expect(entry.getByTitle('app_user')).toHaveText('Tài khoản')

  // Unlocking sign-in for the account is one click, and says how many failures it cleared.
  await row.getByRole('button', { name: 'Gỡ chặn đăng nhập cho Trần Thị Biên Tập' }).click()
  await expect(
    page.getByText('Đã gỡ chặn đăng nhập cho Trần Thị Biên Tập: xóa 0 lần đăng nhập sai.'),
  ).toBeVisible()

  // The last admin cannot demote themselves: the 409 is explained.
  const self = page.getByTestId('users-table').getByRole('row').filter({ hasText: ADMIN_EMAIL })
  await self.getByRole('combobox').selectOption('VIEWER')
  await expect(page.getByRole('alert').filter({ hasText: 'quản trị viên cuối cùng' })).toBeVisible()
})

test('the Data page asks anonymous visitors to sign in', async ({ page }) => {
  await page.goto('/data')
  await expect(page.getByRole('alert')).toContainText('Trang này cần đăng nhập.')
  await page.getByRole('main').getByRole('link', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(/\/login\?next=%2Fdata/)
})
