// The patterns that mark clutter. Written by hand from conventions that are not
// tied to any one site: the labels ad standards require above ads (IAB's
// "Advertisement", "Sponsored", and their translations), the markup of the ad
// tags publishers paste in (Google Publisher Tag's div-gpt-ad ids, AdSense's
// adsbygoogle class, the ad-slot/ad-unit class names of common ad servers),
// the class names of the content-recommendation networks that serve
// "sponsored stories" link farms, and the wording of newsletter, paywall and
// consent prompts. Update by measuring with `npm run eval:pages`.

/** The whole text of an ad label, decorations allowed ("- Advertisement -", "ADVERTISEMENT ↓"). */
export const AD_LABEL = /^[\s\-–—_|·•*:()[\]↓▼]*(advertisement|advertisements|advertising|advert|ads?|sponsored|sponsored content|sponsored links?|sponsored stories|paid content|paid post|promoted|promoted content|partner content|anzeige|werbung|publicité|publicidad|anuncio|pubblicità|reklama|reclame|advertentie|реклама|广告|広告|광고)[\s\-–—_|·•*:()[\]↓▼]*$/iu;

/**
 * One class or id token naming an ad container: "ad", "ads", "ad-slot",
 * "adunit", "div-gpt-ad-123", "ad_banner", "sidebar-ad", "adsbygoogle"…
 * Tokens are split on whitespace only, so "-ad-" inside a longer name counts too.
 */
export const AD_TOKEN = /^(ads?|advert\w*|adv|adsbygoogle|adsense|adslot\w*|adunit\w*|adbox\w*|adcontainer\w*|adwrapper\w*|adzone\w*|adblock\w*|adhesion\w*|dfp\w*|gpt-ad\w*|div-gpt-ad\S*|google_ads\S*|(ad|ads)[-_]\S+|\S+[-_](ad|ads)|\S*[-_](ad|ads)[-_]\S*|\S*(advertisement|advertising)\S*|sponsored[-_]?\S*)$/i;

/** Tokens that contain "ad" as part of an ordinary word and must not count ("add-to-cart", "ad-free" badges are rare, "header-lead"). */
export const NOT_AD_TOKEN = /^(add|adds|adder|address|admin\S*|adapt\S*|adjust\S*|advance\S*|adventure\S*|advice\S*|advis\S*|\S*[-_](head|load|lead|read|thread|pad|grad|bad|upload|download|shadow|gradient|read-more)(\W\S*)?|\S*-ads-free|ad-?free\S*|no-?ads?)$/i;

/** Class or id tokens of content-recommendation widgets that fill pages with sponsored link farms ("Doctors stunned…"). */
export const SPONSORED_WIDGET = /^(trc_|taboola|outbrain|ob-widget|revcontent|rc-widget|mgid|zergnet|content-ad|contentad|nativo|ntv-|dianomi|plista|ligatus|adblade)/i;

/** iframes whose address is an ad server's (the frame of an ad creative). */
export const AD_FRAME_SRC = /doubleclick\.net|googlesyndication\.com|googleadservices\.com|adservice\.google|amazon-adsystem\.com|adnxs\.com|criteo\.(com|net)|taboola\.com|outbrain\.com|pubmatic\.com|rubiconproject\.com|openx\.net|casalemedia\.com|advertising\.com|\/ads?\/|[?&]ad(unit|slot|_?size)=/i;
export const AD_FRAME_NAME = /^(google_ads_iframe|aswift_|ad[-_]?frame|adframe|gpt_unit)/i;

/** Text that asks the reader to subscribe, sign up, pay, log in or accept cookies. */
export const PROMPT_TEXT = /\b(subscribe (to|for|now|today)|subscribe$|(get|join|receive) (our|the) (\w+ )?newsletter|sign up (here|now|today|for|to)|sign up$|become an? (subscriber|member|supporter)|already an? (subscriber|member)|subscribers? only|for subscribers|start (your|a) (free )?trial|get unlimited (digital )?access|create (a|your) free account|log ?in to (continue|read|keep reading)|register to (continue|read)|to continue reading|keep reading for|you('ve| have) (reached|read) (your|the|all)( \w+)? (free )?(article|story|stories)|free articles? (left|remaining)|support (our|independent) journalism|we use cookies|this (web)?site uses cookies|cookie (policy|settings|preferences|consent)|accept (all )?cookies|manage (cookies|consent)|your privacy choices)\b/i;

/** Class or id tokens of prompt containers. */
export const PROMPT_TOKEN = /(newsletter|subscribe|subscription|signup|sign-up|paywall|pay-wall|regwall|registration-wall|meter(ed)?-?(wall|banner|prompt)|cookie|consent|gdpr|onetrust|cmp-|truste|didomi|piano-|tp-modal|tp-backdrop|optin|opt-in|email-capture|inline-cta)/i;
