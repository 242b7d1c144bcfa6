/** Interface text of the case notice page (merged into lib/i18n/messages.ts). */
export const noticeMessages = {
  'zh-CN': {
    noticeTitle: '病例活动轨迹通报',
    noticeIntro: '复制下面的文字发到居民群，或下载带编号地点的地图图片。',
    copyText: '复制文字',
    copied: '已复制',
    copyFailed: '无法自动复制，请长按文字手动复制',
    downloadImage: '下载图片',
    shortLink: '短链接',
    noticeText: '通报文字',
  },
  en: {
    noticeTitle: 'Case activity notice',
    noticeIntro: 'Copy the text below into residents’ group chats, or download the map image with the places numbered.',
    copyText: 'Copy text',
    copied: 'Copied',
    copyFailed: 'Could not copy automatically: select the text and copy it',
    downloadImage: 'Download image',
    shortLink: 'Short link',
    noticeText: 'Notice text',
  },
} as const;
