import { describe, expect, it } from 'vitest'
import { awardOfName, awardOfTitle, reasonOfTitle, recipientOfHeading } from './award-wording.ts'

const lines = (...texts: string[]) => texts.map((text, i) => ({ row: i + 1, text }))

describe('awardOfName', () => {
  it('reads a form with the issuer its name says, written with UBND or in full', () => {
    expect(awardOfName('Giấy khen của Chủ tịch UBND huyện')).toEqual({
      award: 'MERIT_CERTIFICATE',
      issuer: 'DISTRICT',
    })
    expect(awardOfName('Giấy khen của Chủ tịch Ủy ban nhân dân thành phố Tân An')).toEqual({
      award: 'MERIT_CERTIFICATE',
      issuer: 'DISTRICT',
    })
    expect(awardOfName('Giấy khen của Chủ tịch UBND xã')?.issuer).toBe('COMMUNE')
    expect(awardOfName('Giấy khen của Giám đốc Sở Nội vụ')?.issuer).toBe('AGENCY_HEAD')
    expect(awardOfName('GIẤY KHEN')).toEqual({ award: 'MERIT_CERTIFICATE', issuer: null })
    // A centrally run city's Bằng khen is a province's.
    expect(awardOfName('Bằng khen của Chủ tịch UBND thành phố')).toEqual({
      award: 'PROVINCE_MERIT_CERTIFICATE',
      issuer: 'PROVINCE',
    })
    expect(awardOfName('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh')?.issuer).toBe('PROVINCE')
    expect(awardOfName('Bằng khen của Bộ trưởng Bộ Nội vụ')).toEqual({
      award: 'PROVINCE_MERIT_CERTIFICATE',
      issuer: 'MINISTRY',
    })
    expect(awardOfName('Bằng khen của Thủ tướng Chính phủ')).toEqual({
      award: 'PM_MERIT_CERTIFICATE',
      issuer: 'PRIME_MINISTER',
    })
    expect(awardOfName('Cờ thi đua của Chính phủ')?.award).toBe('GOV_EMULATION_FLAG')
    expect(awardOfName('Cờ thi đua của Ủy ban nhân dân tỉnh')).toEqual({
      award: 'PROVINCE_EMULATION_FLAG',
      issuer: 'PROVINCE',
    })
    expect(awardOfName('Huân chương Lao động hạng Ba')).toEqual({
      award: 'LABOUR_ORDER',
      issuer: 'STATE_PRESIDENT',
    })
  })

  it('reads a title in quotes, with or without "Danh hiệu"', () => {
    expect(awardOfName('Danh hiệu “Tập thể lao động xuất sắc”')).toEqual({
      award: 'EXCELLENT_COLLECTIVE',
      issuer: null,
    })
    expect(awardOfName('"Lao động tiên tiến"')?.award).toBe('ADVANCED_WORKER')
    expect(awardOfName('Chiến sĩ thi đua cơ sở')?.award).toBe('GRASSROOTS_EMULATION_FIGHTER')
  })

  it('reads no Bằng khen or flag without its issuer, nor an issuer it does not know', () => {
    expect(awardOfName('Bằng khen')).toBeUndefined()
    expect(awardOfName('Cờ thi đua')).toBeUndefined()
    expect(awardOfName('Giấy khen của Hội Nông dân')).toBeUndefined()
    expect(awardOfName('Kỷ niệm chương')).toBeUndefined()
  })
})

describe('awardOfTitle', () => {
  it('finds the one award the title lines name, with its row', () => {
    expect(
      awardOfTitle(
        lines(
          'UBND HUYỆN CẨM GIÀNG',
          'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN',
        ),
      ),
    ).toEqual({ award: 'MERIT_CERTIFICATE', issuer: 'DISTRICT', row: 2 })
    expect(
      awardOfTitle(
        lines('Danh sách tập thể đề nghị công nhận danh hiệu "Tập thể lao động tiên tiến"'),
      ),
    ).toEqual({ award: 'ADVANCED_COLLECTIVE', issuer: null, row: 1 })
  })

  it('finds none in a title naming two awards, or none', () => {
    expect(
      awardOfTitle(lines('TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH VÀ GIẤY KHEN CỦA GIÁM ĐỐC SỞ')),
    ).toBeNull()
    expect(awardOfTitle(lines('KẾT QUẢ KHEN THƯỞNG NĂM 2023'))).toBeNull()
  })

  it('reads no award from a title naming an issuer it does not know, rather than drop it', () => {
    // The grants would otherwise take each unit's own level: a commune's own Giấy khen.
    expect(
      awardOfTitle(lines('DANH SÁCH ĐƯỢC TẶNG GIẤY KHEN CỦA CHỦ TỊCH HỘI NÔNG DÂN HUYỆN')),
    ).toBeNull()
  })
})

describe('reasonOfTitle', () => {
  it('reads administrative reform, written out or as CCHC, before an emulation movement', () => {
    expect(
      reasonOfTitle(
        lines(
          'UBND HUYỆN',
          'Vì đã có thành tích xuất sắc trong công tác cải cách hành chính năm 2023',
        ),
      ),
    ).toEqual({ reason: 'PAR', row: 2 })
    expect(reasonOfTitle(lines('Khen thưởng phong trào thi đua CCHC'))?.reason).toBe('PAR')
    expect(reasonOfTitle(lines('trong phong trào thi đua yêu nước năm 2024'))?.reason).toBe(
      'EMULATION',
    )
    expect(reasonOfTitle(lines('DANH SÁCH KHEN THƯỞNG'))).toBeNull()
  })

  it('reads the line giving the reason before a body named above it', () => {
    expect(
      reasonOfTitle(
        lines(
          'BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH TỈNH',
          'Vì đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2024',
        ),
      ),
    ).toEqual({ reason: 'EMULATION', row: 2 })
  })
})

describe('recipientOfHeading', () => {
  it('reads a heading of recipients, numbered in its cell or beside it', () => {
    expect(recipientOfHeading(['I', 'TẬP THỂ', ''])).toBe('COLLECTIVE')
    expect(recipientOfHeading(['II. CÁ NHÂN:', '', ''])).toBe('INDIVIDUAL')
    expect(recipientOfHeading(['', 'Các tập thể', ''])).toBe('COLLECTIVE')
    expect(recipientOfHeading(['B', 'Hộ gia đình'])).toBe('HOUSEHOLD')
    expect(recipientOfHeading(['II - CÁ NHÂN', ''])).toBe('INDIVIDUAL')
    expect(recipientOfHeading(['I/ TẬP THỂ'])).toBe('COLLECTIVE')
    expect(recipientOfHeading(['II -', 'Cá nhân'])).toBe('INDIVIDUAL')
  })

  it('reads no recipient row as a heading', () => {
    expect(recipientOfHeading(['1', 'UBND xã Cao An', 'Xã Cao An'])).toBeUndefined()
    expect(recipientOfHeading(['1', 'Tập thể lao động xuất sắc'])).toBeUndefined()
    expect(recipientOfHeading(['I', 'TẬP THỂ', 'Xã Cao An'])).toBeUndefined()
  })
})
