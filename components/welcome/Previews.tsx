import type { ComponentChildren } from 'preact';
import type { UiLanguage } from '../../lib/i18n';
import { type MessageKey, t } from '../../lib/i18n';
import { CallBriefPanel } from '../popup/CallBriefPanel';
import { PreCallCard } from '../precall/PreCallCard';
import { Sidebar } from '../sidebar/Sidebar';
import { previewProps } from './preview-sample';

/** A picture of a surface: the real component, inert (no focus, no clicks, out of the accessibility tree), and its caption. */
function Preview({ caption, testId, children }: { caption: MessageKey; testId: string; children: ComponentChildren }) {
  return (
    <figure class="rp-welcome__figure" data-testid={testId}>
      <div class="rp-welcome__preview" {...{ inert: true }}>
        {children}
      </div>
      <figcaption>{t(caption)}</figcaption>
    </figure>
  );
}

/** The mail sidebar, the pre-join card and the popup's brief, rendered by their own components on made-up data. */
export function Previews({ language }: { language: UiLanguage }) {
  const props = previewProps(language);
  return (
    <div class="rp-welcome__previews">
      <Preview caption="welcomePreviewSidebar" testId="preview-sidebar">
        <Sidebar {...props.sidebar} />
      </Preview>
      <Preview caption="welcomePreviewCard" testId="preview-card">
        <PreCallCard {...props.card} />
      </Preview>
      <Preview caption="welcomePreviewPopup" testId="preview-popup">
        <div class="rp-page rp-page--popup">
          <CallBriefPanel {...props.brief} />
        </div>
      </Preview>
    </div>
  );
}
