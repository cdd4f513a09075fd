// Details of the extension pages a new user meets in the first hour: an open
// options tab follows contacts saved elsewhere, every options section has a
// heading, and the popup's contact picker fits the popup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askBackground, eventually, extensionPage, launch, type Session } from './harness';

let session: Session;

beforeAll(async () => {
  session = await launch();
});

afterAll(() => session?.close());

const save = (page: Parameters<typeof askBackground>[0], email: string, name: string) =>
  askBackground(page, {
    type: 'contacts/appreciate',
    email,
    name,
    text: 'Bringt Kuchen zur Baubesprechung.',
    source: 'popup',
  });

describe('the options page', () => {
  it('shows a contact saved elsewhere without a reload', async () => {
    const options = await extensionPage(session, 'options.html#contacts');
    await options.getByTestId('options-main').waitFor();
    const elsewhere = await extensionPage(session, 'popup.html');
    await save(elsewhere, 'greta.lindqvist@example.com', 'Greta Lindqvist');
    await elsewhere.close();
    await eventually('the new contact in the open options tab', () =>
      options.getByText('Greta Lindqvist').first().isVisible(),
    );
    await options.close();
  });

  it('gives every section a heading', async () => {
    const options = await extensionPage(session, 'options.html#general');
    await options.locator('form.rp-settings').waitFor();
    await options.getByRole('heading', { level: 2, name: 'General' }).waitFor({ timeout: 3_000 });
    await options.close();
  });
});

describe('the popup', () => {
  it('styles the contact picker like the rest and keeps it within the 372 px popup', async () => {
    const setup = await extensionPage(session, 'options.html');
    await save(setup, 'maximilian.oberhauser-lindenthal@architektur-buero.example', 'Maximilian Oberhauser-Lindenthal');
    await setup.close();
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 372, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const search = popup.getByTestId('picker-search');
    await search.fill('ober');
    await popup.getByTestId('picker-match').first().waitFor();
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(372);
    // The field looks like the other fields: the theme's border and rounded corners, the full width of its row.
    const field = await search.evaluate((el) => {
      const style = getComputedStyle(el);
      return { radius: style.borderTopLeftRadius, width: el.getBoundingClientRect().width };
    });
    expect(field.radius).toBe('6px');
    expect(field.width).toBeGreaterThan(250);
    await popup.close();
  });
});
