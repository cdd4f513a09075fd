import { plural, t } from '../../lib/i18n';
import type { Recipient } from '../../lib/sites/types';

export interface ContactCardProps {
  recipients: readonly Recipient[];
  /** Who wrote the quoted mail, when the draft is a reply. */
  repliedTo?: Recipient | null;
}

/** Who the draft is for: the first recipient, and how many more. */
export function ContactCard({ recipients, repliedTo = null }: ContactCardProps) {
  const [first, ...rest] = recipients;
  if (!first) return null;
  const elsewhere = repliedTo && !recipients.some((r) => r.email && r.email === repliedTo.email);
  return (
    <section class="rp-contact" data-testid="contact-card" aria-label={t('sidebarRecipient')}>
      <span class="rp-contact__label rp-muted">{t('sidebarRecipient')}</span>
      <strong class="rp-contact__name" data-testid="contact-name">
        {first.name || first.email}
      </strong>
      {first.name && first.email && (
        <span class="rp-contact__email rp-muted" data-testid="contact-email">
          {first.email}
        </span>
      )}
      {rest.length > 0 && <span class="rp-contact__more rp-muted">{plural('sidebarMoreRecipients', rest.length)}</span>}
      {elsewhere && (
        <span class="rp-contact__more rp-muted" data-testid="replied-to">
          {t('sidebarInReplyTo', repliedTo.name || repliedTo.email)}
        </span>
      )}
    </section>
  );
}
