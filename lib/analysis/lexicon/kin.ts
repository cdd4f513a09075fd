// The people and animals a client can lose to death, folded, both languages:
// "Ihren Vater verloren" and "you lost your dog" are grief, not a lapse, and a
// verdict beside them ("Es ist furchtbar, dass …") is sympathy.
export const KIN =
  /^(?:vater|vaters|mutter|mann|ehemann|frau|ehefrau|sohn|tochter|bruder|schwester|opa|oma|großvater|grossvater|großmutter|grossmutter|eltern|kind|baby|partner|partnerin|freund|freundin|hund|katze|kater|pferd|father|mother|husband|wife|son|daughter|brother|sister|dad|mum|mom|grandfather|grandmother|grandad|grandma|gran|nan|parents|child|friend|dog|cat|horse|pony)$/;

/** Words of a death or a loss. */
export const DEATH = /^(?:verloren|verstorben|gestorben|tod|todes|verlust|lost|died|passed|death|loss|bereavement)$/;
