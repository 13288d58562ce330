// Well-known cookies and cookie families, for the scanner's draft declarations. Data only; it
// ships with the `consent-gate` command, never in a browser entry. The texts are ours.
import type { DefaultCategory } from '../core/internal'
import { SESSION, span, type Lifetime } from './lifetime'

/** One well-known cookie, or a family of cookies sharing a pattern. */
export interface CatalogueEntry {
  /** The name, or a pattern for a family such as `/^_ga_/`. */
  name: string | RegExp
  /** For a family: one real name of it (the catalogue test checks it matches this entry alone). */
  example?: string
  provider: string
  category: DefaultCategory
  purpose: { en: string; fr: string }
  /** Its usual lifetime. */
  duration: Lifetime
}

type Purpose = [en: string, fr: string]

const group =
  (provider: string, category: DefaultCategory) =>
  (name: string | RegExp, [en, fr]: Purpose, duration: Lifetime, example?: string): CatalogueEntry => ({
    name,
    ...(example ? { example } : {}),
    provider,
    category,
    purpose: { en, fr },
    duration,
  })

const google = group('Google Analytics', 'statistical')
const matomo = group('Matomo', 'statistical')
const hotjar = group('Hotjar', 'statistical')
const clarity = group('Microsoft Clarity', 'statistical')
const segment = group('Segment', 'statistical')
const googleAds = group('Google Ads', 'third-party')
const meta = group('Meta', 'third-party')
const microsoftAds = group('Microsoft Advertising', 'third-party')
const linkedin = group('LinkedIn', 'third-party')
const tiktok = group('TikTok', 'third-party')
const youtube = group('YouTube (Google)', 'third-party')
const intercom = group('Intercom', 'third-party')
const hubspot = group('HubSpot', 'third-party')
const stripe = group('Stripe', 'necessary')
const cloudflare = group('Cloudflare', 'necessary')
const akamai = group('Akamai', 'necessary')
const django = group('Django', 'necessary')
const wordpress = group('WordPress', 'necessary')

/** The catalogue: at least 60 entries, each name (or example) matched by one entry only. */
export const catalogue: readonly CatalogueEntry[] = [
  // Audience measurement
  google('_ga', ['Tells visitors apart to count unique and returning visitors', 'Distingue les visiteurs pour compter les visiteurs uniques et ceux qui reviennent'], span(2, 'year')),
  google(/^_ga_/, ['Keeps the state of the current visit for a Google Analytics 4 property', "Conserve l'état de la visite en cours pour une propriété Google Analytics 4"], span(2, 'year'), '_ga_X2Y3Z4W5V6'),
  google('_gid', ['Tells visitors apart over one day', "Distingue les visiteurs sur une journée"], span(1, 'day')),
  google('_gat', ['Slows down the rate of measurement requests', 'Limite le rythme des requêtes de mesure'], span(1, 'minute')),
  google(/^_gat_/, ['Slows down the rate of measurement requests for one tag', "Limite le rythme des requêtes de mesure d'une balise"], span(1, 'minute'), '_gat_gtag_UA_12345_1'),
  google('__utma', ['Tells visitors apart (older Universal Analytics tag)', 'Distingue les visiteurs (ancienne balise Universal Analytics)'], span(2, 'year')),
  google('__utmb', ['Marks the start of a visit (older tag)', "Marque le début d'une visite (ancienne balise)"], span(30, 'minute')),
  google('__utmc', ['Tells whether a visit is still going on (older tag)', 'Indique si une visite est toujours en cours (ancienne balise)'], SESSION),
  google('__utmz', ['Remembers where the visitor came from (older tag)', "Retient d'où vient le visiteur (ancienne balise)"], span(6, 'month')),
  matomo(/^_pk_id\./, ['Tells visits apart to count returning visitors', 'Distingue les visites pour compter les visiteurs qui reviennent'], span(13, 'month'), '_pk_id.1.abcd'),
  matomo(/^_pk_ses\./, ['Groups the pages seen during one visit', 'Regroupe les pages vues pendant une visite'], span(30, 'minute'), '_pk_ses.1.abcd'),
  matomo(/^_pk_ref\./, ['Remembers the site that sent the visitor', 'Retient le site qui a amené le visiteur'], span(6, 'month'), '_pk_ref.1.abcd'),
  matomo(/^_pk_cvar\./, ['Keeps custom variables of the visit', 'Conserve les variables personnalisées de la visite'], span(30, 'minute'), '_pk_cvar.1.abcd'),
  matomo(/^_pk_hsr\./, ['Links a heatmap or session recording to the visit', "Rattache une carte de chaleur ou un enregistrement de session à la visite"], span(30, 'minute'), '_pk_hsr.1.abcd'),
  hotjar(/^_hjSessionUser_/, ['Tells visitors apart across visits to one site', "Distingue les visiteurs d'une visite à l'autre sur un site"], span(1, 'year'), '_hjSessionUser_123456'),
  hotjar(/^_hjSession_/, ['Groups the data of one visit', "Regroupe les données d'une visite"], span(30, 'minute'), '_hjSession_123456'),
  hotjar('_hjAbsoluteSessionInProgress', ['Tells whether this is the first page of a visit', "Indique s'il s'agit de la première page d'une visite"], span(30, 'minute')),
  hotjar('_hjFirstSeen', ["Marks a visitor's first visit", "Marque la première visite d'un visiteur"], span(30, 'minute')),
  clarity('_clck', ['Tells visitors apart across visits', "Distingue les visiteurs d'une visite à l'autre"], span(1, 'year')),
  clarity('_clsk', ['Links the page views of one visit into a recording', "Relie les pages vues d'une visite en un enregistrement"], span(1, 'day')),
  clarity('CLID', ['Recognises the browser across sites that use Clarity', 'Reconnaît le navigateur sur les sites qui utilisent Clarity'], span(1, 'year')),
  segment('ajs_anonymous_id', ['Identifies a visitor who has not signed in', "Identifie un visiteur qui ne s'est pas connecté"], span(1, 'year')),
  segment('ajs_user_id', ['Keeps the id of the signed-in visitor for analytics', "Conserve l'identifiant du visiteur connecté pour les statistiques"], span(1, 'year')),
  group('Mixpanel', 'statistical')(/^mp_\w+_mixpanel$/, ["Keeps the visitor's id and properties for product analytics", "Conserve l'identifiant et les propriétés du visiteur pour l'analyse produit"], span(1, 'year'), 'mp_0123456789abcdef_mixpanel'),
  group('AT Internet (Piano Analytics)', 'statistical')('atuserid', ['Tells visitors apart to count returning visitors', 'Distingue les visiteurs pour compter ceux qui reviennent'], span(13, 'month')),
  group('VWO', 'statistical')('_vwo_uuid_v2', ['Keeps a visitor in the same variant of an A/B test', "Garde un visiteur dans la même variante d'un test A/B"], span(1, 'year')),
  group('Shopify', 'statistical')('_shopify_y', ['Tells shoppers apart for the shop statistics', 'Distingue les acheteurs pour les statistiques de la boutique'], span(1, 'year')),
  group('Shopify', 'statistical')('_shopify_s', ['Groups the pages of one shopping visit', "Regroupe les pages d'une visite de la boutique"], span(30, 'minute')),

  // Advertising
  googleAds(/^_gac_/, ['Keeps the ad campaign that brought the visitor', 'Conserve la campagne publicitaire qui a amené le visiteur'], span(90, 'day'), '_gac_UA-12345-1'),
  googleAds('_gcl_au', ['Links ad clicks to conversions on this site', 'Relie les clics publicitaires aux conversions sur ce site'], span(90, 'day')),
  googleAds('_gcl_aw', ['Keeps the click id of a Google Ads visit', "Conserve l'identifiant de clic d'une visite venue de Google Ads"], span(90, 'day')),
  googleAds('IDE', ['Shows and measures ads across sites (DoubleClick)', 'Affiche et mesure les publicités sur différents sites (DoubleClick)'], span(13, 'month')),
  googleAds('test_cookie', ['Checks whether the browser accepts cookies (DoubleClick)', 'Vérifie que le navigateur accepte les cookies (DoubleClick)'], span(15, 'minute')),
  googleAds('NID', ['Remembers Google preferences and ad personalisation', 'Retient les préférences Google et la personnalisation des publicités'], span(6, 'month')),
  meta('_fbp', ['Recognises the browser for Meta advertising (Facebook pixel)', 'Reconnaît le navigateur pour la publicité Meta (pixel Facebook)'], span(90, 'day')),
  meta('_fbc', ['Keeps the id of the Facebook ad click that brought the visitor', "Conserve l'identifiant du clic publicitaire Facebook qui a amené le visiteur"], span(90, 'day')),
  meta('fr', ['Shows and measures ads to Facebook users on other sites', 'Affiche et mesure des publicités aux utilisateurs de Facebook sur d’autres sites'], span(90, 'day')),
  microsoftAds('_uetsid', ['Links ad clicks to visits over one day (Bing Ads)', "Relie les clics publicitaires aux visites sur une journée (Bing Ads)"], span(1, 'day')),
  microsoftAds('_uetvid', ['Recognises the browser across visits for Bing Ads', "Reconnaît le navigateur d'une visite à l'autre pour Bing Ads"], span(13, 'month')),
  microsoftAds('MUID', ['Recognises the browser across Microsoft sites and ads', 'Reconnaît le navigateur sur les sites et publicités de Microsoft'], span(13, 'month')),
  microsoftAds('ANONCHK', ['Checks that the Microsoft ad id was sent', "Vérifie que l'identifiant publicitaire Microsoft a été transmis"], span(10, 'minute')),
  linkedin('bcookie', ['Recognises the browser for LinkedIn features and ads', 'Reconnaît le navigateur pour les fonctions et publicités LinkedIn'], span(1, 'year')),
  linkedin('lidc', ['Chooses the LinkedIn data centre that answers', 'Choisit le centre de données LinkedIn qui répond'], span(1, 'day')),
  linkedin('li_sugr', ['Matches the browser with LinkedIn members for ads', 'Associe le navigateur aux membres LinkedIn pour la publicité'], span(90, 'day')),
  linkedin('UserMatchHistory', ['Syncs LinkedIn ad ids with partners', 'Synchronise les identifiants publicitaires LinkedIn avec des partenaires'], span(30, 'day')),
  tiktok('_ttp', ['Measures and improves TikTok ads', 'Mesure et améliore les publicités TikTok'], span(13, 'month')),
  tiktok('_tt_enable_cookie', ['Checks that the browser keeps TikTok pixel cookies', 'Vérifie que le navigateur conserve les cookies du pixel TikTok'], span(13, 'month')),
  group('Pinterest', 'third-party')('_pin_unauth', ['Recognises visitors not signed in to Pinterest for ads', 'Reconnaît les visiteurs non connectés à Pinterest pour la publicité'], span(1, 'year')),
  group('Snapchat', 'third-party')('_scid', ['Measures Snapchat ad campaigns', 'Mesure les campagnes publicitaires Snapchat'], span(13, 'month')),
  group('X (Twitter)', 'third-party')('personalization_id', ['Tailors X content and ads to the browser', 'Adapte le contenu et les publicités de X au navigateur'], span(13, 'month')),
  group('X (Twitter)', 'third-party')('guest_id', ['Recognises a visitor not signed in to X', "Reconnaît un visiteur non connecté à X"], span(13, 'month')),
  group('Criteo', 'third-party')('cto_bundle', ['Retargets ads at visitors of this site', 'Recible les publicités vers les visiteurs de ce site'], span(13, 'month')),
  group('Reddit', 'third-party')('_rdt_uuid', ['Measures Reddit ad campaigns', 'Mesure les campagnes publicitaires Reddit'], span(90, 'day')),
  group('Xandr (Microsoft)', 'third-party')('uuid2', ['Recognises the browser for real-time ad auctions', 'Reconnaît le navigateur pour les enchères publicitaires en temps réel'], span(90, 'day')),

  // Video and embeds
  youtube('YSC', ['Counts the views of embedded videos', 'Compte les vues des vidéos intégrées'], SESSION),
  youtube('VISITOR_INFO1_LIVE', ["Estimates the visitor's bandwidth for the player", 'Estime la bande passante du visiteur pour le lecteur'], span(6, 'month')),
  youtube('VISITOR_PRIVACY_METADATA', ["Keeps the visitor's privacy choice for YouTube", 'Conserve le choix de confidentialité du visiteur pour YouTube'], span(6, 'month')),
  group('Vimeo', 'third-party')('vuid', ['Tells viewers of embedded Vimeo videos apart', 'Distingue les spectateurs des vidéos Vimeo intégrées'], span(2, 'year')),
  group('Dailymotion', 'third-party')('v1st', ['Recognises the browser for Dailymotion videos and ads', 'Reconnaît le navigateur pour les vidéos et publicités Dailymotion'], span(13, 'month')),

  // Chat and support
  intercom(/^intercom-id-/, ['Recognises the visitor in the Intercom chat', 'Reconnaît le visiteur dans la messagerie Intercom'], span(9, 'month'), 'intercom-id-abc123'),
  intercom(/^intercom-session-/, ['Keeps the Intercom conversation across pages', "Conserve la conversation Intercom d'une page à l'autre"], span(1, 'week'), 'intercom-session-abc123'),
  intercom(/^intercom-device-id-/, ['Recognises the device in the Intercom chat', "Reconnaît l'appareil dans la messagerie Intercom"], span(9, 'month'), 'intercom-device-id-abc123'),
  group('Zendesk', 'third-party')('__zlcmid', ['Keeps the Zendesk chat visitor id', "Conserve l'identifiant du visiteur de la messagerie Zendesk"], span(1, 'year')),
  group('Crisp', 'third-party')(/^crisp-client%2Fsession%2F/, ['Keeps the Crisp chat session', 'Conserve la session de la messagerie Crisp'], span(6, 'month'), 'crisp-client%2Fsession%2F0f1e2d3c'),
  group('Tawk.to', 'third-party')('__tawkuuid', ['Recognises the visitor in the Tawk.to chat', 'Reconnaît le visiteur dans la messagerie Tawk.to'], span(6, 'month')),
  hubspot('hubspotutk', ['Recognises the visitor for HubSpot forms and contacts', 'Reconnaît le visiteur pour les formulaires et contacts HubSpot'], span(6, 'month')),
  hubspot('__hstc', ['Tracks visits for HubSpot marketing', 'Suit les visites pour le marketing HubSpot'], span(6, 'month')),
  hubspot('__hssc', ['Counts the pages of one visit for HubSpot', "Compte les pages d'une visite pour HubSpot"], span(30, 'minute')),
  hubspot('__hssrc', ['Tells HubSpot when the browser was restarted', 'Indique à HubSpot que le navigateur a été redémarré'], SESSION),

  // Payment
  stripe('__stripe_mid', ['Helps Stripe prevent payment fraud', 'Aide Stripe à prévenir la fraude au paiement'], span(1, 'year')),
  stripe('__stripe_sid', ['Helps Stripe prevent fraud during one visit', "Aide Stripe à prévenir la fraude pendant une visite"], span(30, 'minute')),
  group('PayPal', 'necessary')('tsrce', ['Remembers which PayPal service started the payment', 'Retient quel service PayPal a lancé le paiement'], span(3, 'day')),
  group('PayPal', 'necessary')('x-pp-s', ['Keeps the PayPal checkout session', 'Conserve la session de paiement PayPal'], SESSION),

  // CDN and bot protection
  cloudflare('__cf_bm', ['Tells humans from bots (Cloudflare Bot Management)', 'Distingue les humains des robots (Cloudflare Bot Management)'], span(30, 'minute')),
  cloudflare('cf_clearance', ['Remembers that the visitor passed a Cloudflare challenge', 'Retient que le visiteur a réussi un test Cloudflare'], span(30, 'minute')),
  cloudflare('_cfuvid', ['Applies Cloudflare rate limits per visitor', 'Applique les limites de débit Cloudflare par visiteur'], SESSION),
  cloudflare('__cflb', ['Sends the visitor to the same server (Cloudflare load balancer)', 'Envoie le visiteur vers le même serveur (répartiteur de charge Cloudflare)'], span(23, 'hour')),
  group('Amazon Web Services', 'necessary')('AWSALB', ['Sends the visitor to the same server (AWS load balancer)', 'Envoie le visiteur vers le même serveur (répartiteur de charge AWS)'], span(1, 'week')),
  group('Amazon Web Services', 'necessary')('AWSALBCORS', ['Same as AWSALB, for cross-site requests', 'Comme AWSALB, pour les requêtes intersites'], span(1, 'week')),
  akamai('_abck', ['Detects bots and replayed requests (Akamai Bot Manager)', 'Détecte les robots et les requêtes rejouées (Akamai Bot Manager)'], span(1, 'year')),
  akamai('ak_bmsc', ['Tells humans from bots during a visit (Akamai)', "Distingue les humains des robots pendant une visite (Akamai)"], span(2, 'hour')),
  akamai('bm_sv', ['Keeps the bot-detection state of a visit (Akamai)', "Conserve l'état de la détection des robots pour une visite (Akamai)"], span(2, 'hour')),
  group('Imperva', 'necessary')(/^visid_incap_/, ['Recognises the browser for Imperva bot protection', 'Reconnaît le navigateur pour la protection contre les robots Imperva'], span(1, 'year'), 'visid_incap_123456'),
  group('Imperva', 'necessary')(/^incap_ses_/, ['Links requests to a visit for Imperva protection', 'Relie les requêtes à une visite pour la protection Imperva'], SESSION, 'incap_ses_123_456'),
  group('DataDome', 'necessary')('datadome', ['Tells humans from bots (DataDome)', 'Distingue les humains des robots (DataDome)'], span(1, 'year')),
  group('Google reCAPTCHA', 'necessary')('_GRECAPTCHA', ['Tells humans from bots on forms', 'Distingue les humains des robots sur les formulaires'], span(6, 'month')),

  // Frameworks: sessions, CSRF, language
  django('sessionid', ['Keeps the visitor signed in from one page to the next', "Garde le visiteur connecté d'une page à l'autre"], span(2, 'week')),
  django('csrftoken', ['Protects forms and API calls against request forgery (CSRF)', 'Protège les formulaires et appels API contre la falsification de requêtes (CSRF)'], span(1, 'year')),
  django('django_language', ["Remembers the visitor's language", 'Retient la langue du visiteur'], SESSION),
  group('PHP', 'necessary')('PHPSESSID', ['Keeps the visitor session on the server', 'Conserve la session du visiteur sur le serveur'], SESSION),
  group('Java (servlet container)', 'necessary')('JSESSIONID', ['Keeps the visitor session on the server', 'Conserve la session du visiteur sur le serveur'], SESSION),
  group('ASP.NET', 'necessary')('ASP.NET_SessionId', ['Keeps the visitor session on the server', 'Conserve la session du visiteur sur le serveur'], SESSION),
  group('ASP.NET Core', 'necessary')(/^\.AspNetCore\.Antiforgery\./, ['Protects forms against request forgery (CSRF)', 'Protège les formulaires contre la falsification de requêtes (CSRF)'], SESSION, '.AspNetCore.Antiforgery.9fXoN5jHCXs'),
  group('Laravel', 'necessary')('laravel_session', ['Keeps the visitor session on the server', 'Conserve la session du visiteur sur le serveur'], span(2, 'hour')),
  group('Laravel / Angular', 'necessary')('XSRF-TOKEN', ['Protects requests against forgery (CSRF)', 'Protège les requêtes contre la falsification (CSRF)'], span(2, 'hour')),
  group('Express', 'necessary')('connect.sid', ['Keeps the visitor session on the server', 'Conserve la session du visiteur sur le serveur'], SESSION),
  group('Express', 'necessary')('_csrf', ['Protects forms against request forgery (CSRF)', 'Protège les formulaires contre la falsification de requêtes (CSRF)'], SESSION),
  group('Auth.js (NextAuth)', 'necessary')('next-auth.session-token', ['Keeps the visitor signed in', 'Garde le visiteur connecté'], span(30, 'day')),
  group('Auth.js (NextAuth)', 'necessary')('next-auth.csrf-token', ['Protects sign-in against request forgery (CSRF)', 'Protège la connexion contre la falsification de requêtes (CSRF)'], SESSION),
  wordpress(/^wordpress_logged_in_/, ['Keeps the visitor signed in to WordPress', 'Garde le visiteur connecté à WordPress'], span(2, 'week'), 'wordpress_logged_in_0123abcd'),
  wordpress(/^wordpress_sec_/, ['Secures the WordPress admin session', "Sécurise la session d'administration WordPress"], span(2, 'week'), 'wordpress_sec_0123abcd'),
  wordpress('wordpress_test_cookie', ['Checks that the browser accepts cookies before sign-in', 'Vérifie que le navigateur accepte les cookies avant la connexion'], SESSION),
  wordpress(/^wp-settings-\d+$/, ["Keeps a signed-in user's admin screen settings", "Conserve les réglages de l'interface d'administration d'un utilisateur connecté"], span(1, 'year'), 'wp-settings-1'),
  wordpress(/^wp-settings-time-\d+$/, ['Remembers when the admin settings were saved', "Retient quand les réglages d'administration ont été enregistrés"], span(1, 'year'), 'wp-settings-time-1'),

  // Consent managers: each keeps the visitor's choice
  group('OneTrust', 'necessary')('OptanonConsent', ["Keeps the visitor's cookie choices (OneTrust)", 'Conserve les choix de cookies du visiteur (OneTrust)'], span(1, 'year')),
  group('OneTrust', 'necessary')('OptanonAlertBoxClosed', ['Remembers that the cookie banner was answered (OneTrust)', 'Retient que le bandeau cookies a reçu une réponse (OneTrust)'], span(1, 'year')),
  group('Cookiebot', 'necessary')('CookieConsent', ["Keeps the visitor's cookie choices (Cookiebot)", 'Conserve les choix de cookies du visiteur (Cookiebot)'], span(1, 'year')),
  group('Didomi', 'necessary')('didomi_token', ["Keeps the visitor's consent choices (Didomi)", 'Conserve les choix de consentement du visiteur (Didomi)'], span(1, 'year')),
  group('IAB Europe TCF', 'necessary')('euconsent-v2', ["Keeps the visitor's consent for advertising vendors (TCF string)", 'Conserve le consentement du visiteur pour les partenaires publicitaires (chaîne TCF)'], span(13, 'month')),
  group('CookieConsent (orestbida)', 'necessary')('cc_cookie', ["Keeps the visitor's cookie choices", 'Conserve les choix de cookies du visiteur'], span(6, 'month')),
  group('Opendatasoft', 'necessary')('cookies_preferences', ["Keeps the visitor's cookie choices", 'Conserve les choix de cookies du visiteur'], span(6, 'month')),
]

/**
 * The catalogue entry for a cookie name: an exact name first, then a family pattern.
 *
 * @example
 * ```ts
 * lookup('_ga_X2Y3Z4')?.provider // 'Google Analytics'
 * ```
 * @param name a cookie name or storage key.
 * @returns the entry, or `undefined` for a name the catalogue does not know.
 */
export const lookup = (name: string): CatalogueEntry | undefined =>
  catalogue.find((e) => e.name === name) ?? catalogue.find((e) => e.name instanceof RegExp && e.name.test(name))
