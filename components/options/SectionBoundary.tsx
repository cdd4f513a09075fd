import { Component, type ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';

export interface SectionBoundaryProps {
  children?: ComponentChildren;
}

interface SectionBoundaryState {
  error: string | null;
}

/**
 * One options section that fails to render (damaged data it was given) shows
 * a clear message in its place; the page and the other sections keep working.
 */
export class SectionBoundary extends Component<SectionBoundaryProps, SectionBoundaryState> {
  override state: SectionBoundaryState = { error: null };

  static override getDerivedStateFromError(error: unknown): SectionBoundaryState {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown): void {
    console.error('[Rapport] an options section failed to render', error);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <p class="rp-page__error" role="alert" data-testid="section-error">
        {t('optionsSectionFailed', this.state.error)}
      </p>
    );
  }
}
