// The built-in demo pages: real captures and fixtures written in the real markup, each served
// at the address it was taken from. The demo and the end-to-end tests share this list.
const timeline = { list: '[aria-label^="Timeline"] > div', cell: '[data-testid="cellInnerDiv"]' };

export const DEMO_PAGES = [
  {
    id: 'x-home-en',
    network: 'x',
    title: 'home timeline (English)',
    url: 'https://x.com/home',
    file: 'test/fixtures/x/home-en.html',
    scroll: timeline,
  },
  {
    id: 'x-home-fr',
    network: 'x',
    title: 'fil d’accueil (français)',
    url: 'https://twitter.com/home',
    file: 'test/fixtures/x/home-fr.html',
    scroll: timeline,
  },
  {
    id: 'x-status',
    network: 'x',
    title: 'a focused post',
    url: 'https://x.com/TestUser123/status/1981398750557065646',
    file: 'test/fixtures/x/status-en.html',
  },
  {
    id: 'x-profile-en',
    network: 'x',
    title: 'a profile (real capture)',
    url: 'https://x.com/Kikobeats',
    file: 'test/fixtures/real/x/profile-en-2025-12.html',
  },
  {
    id: 'x-profile-fr',
    network: 'x',
    title: 'un profil (français)',
    url: 'https://x.com/cafe_lumiere',
    file: 'test/fixtures/x/profile-fr.html',
  },
  {
    id: 'ig-feed-fr',
    network: 'instagram',
    title: 'fil d’accueil (français)',
    url: 'https://www.instagram.com/',
    file: 'test/fixtures/instagram/feed-fr.html',
  },
  {
    id: 'ig-post-en',
    network: 'instagram',
    title: 'a post page',
    url: 'https://www.instagram.com/p/C8bN4vWqR5s/',
    file: 'test/fixtures/instagram/post-en.html',
  },
  {
    id: 'ig-profile-fr',
    network: 'instagram',
    title: 'un profil (français)',
    url: 'https://www.instagram.com/boulangerie.lune/',
    file: 'test/fixtures/instagram/profile-fr.html',
  },
  {
    id: 'ig-profile-en',
    network: 'instagram',
    title: 'a profile',
    url: 'https://www.instagram.com/clara.voyage/',
    file: 'test/fixtures/instagram/profile-en.html',
  },
  {
    id: 'li-feed-fr',
    network: 'linkedin',
    title: 'fil (français, balisage 2025–26)',
    url: 'https://www.linkedin.com/feed/',
    file: 'test/fixtures/linkedin/feed-2026-fr.html',
  },
  {
    id: 'li-profile-fr',
    network: 'linkedin',
    title: 'un profil (français)',
    url: 'https://www.linkedin.com/in/julien-lefevre-42/',
    file: 'test/fixtures/linkedin/profile-person-fr.html',
  },
  {
    id: 'li-analytics-en',
    network: 'linkedin',
    title: 'own post analytics',
    url: 'https://www.linkedin.com/analytics/post-summary/urn:li:activity:7528736261949387431/',
    file: 'test/fixtures/linkedin/post-analytics-en.html',
  },
];
