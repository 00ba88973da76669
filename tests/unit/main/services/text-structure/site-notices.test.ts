import { describe, expect, it } from 'vitest'
import { isSiteNotice } from '../../../../../src/main/services/text-structure/site-notices'

describe('a web-novel site notice', () => {
  it.each([
    '本书由网友上传，仅供交流学习，版权归作者所有。',
    '本书由某某整理制作',
    '本书来自 品书网',
    '更多精彩请访问 www.example.com',
    '最新章节请到 www.example.com 阅读',
    '手机阅读请访问 m.example.com',
    '手机用户请浏览m.example.com阅读，更优质的阅读体验。',
    '（本章完）',
    '(本章完)',
    '本章完',
    '请记住本站域名：example.com',
    '天才一秒记住本站地址：www.example.com',
    '更新时间：2019-03-01 12:00:00  字数：3256',
    '本章字数：3256',
    '（未完待续。如果您喜欢这部作品，欢迎您来起点（qidian.com）投推荐票、月票，您的支持，就是我最大的动力。手机用户请到m.qidian.com阅读。）',
  ])('is the site talking: %s', (line) => {
    expect(isSiteNotice(line)).toBe(true)
  })

  it.each([
    '最新的消息传来，他访问了那座城市。',
    '手机阅读器里全是小说。',
    '记住本书的第一句话。',
    '本书由三位作者合写，历时十年。',
    '本章的故事发生在冬天。',
    '更新时间还没定下来。',
    '字数不多，意思却明白。',
    'PS：今天有事，晚上还有一更。',
    '求月票！求推荐票！大家的支持是我更新的动力！',
    '他把地址写在纸上：www.example.com，说以后常联系。',
  ])('is not: %s', (line) => {
    expect(isSiteNotice(line)).toBe(false)
  })
})
