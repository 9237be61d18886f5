import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, openDeck, waitReady } from './deck-page.ts';
import { diagrams, type DiagramName } from '../../src/mdx/architecture-diagram/diagrams.ts';

/** The outline's 42 slides, in order, as their headings read (the outline is the spec, not the deck file), and the closing slide. */
const TITLES = [
  '2 Types of Data Engineers',
  'Disclaimer',
  'Outline',
  'About myself',
  'DataLearn.ru',
  'Use Cases',
  'Their Goals',
  'What is Analytics?',
  'Book: HYPER',
  'Use Cases and Their Goals',
  'How to reach the goal (from analytics perspective)',
  'Modern Data Stack',
  'Modern Key Layers and roles',
  'What is Data Engineering?',
  'TL;DR',
  'DE Key Layers',
  'How would you do this for our friends?',
  'I need a DE!',
  'With DE you can –',
  'Data and AI Landscape 2021',
  'Till this moment we talked only about abstract DE....',
  'Use Cases, concrete',
  'Their Goals for Data Engineering',
  'New DE, welcome to the team!',
  "Anna's Architecture",
  "Valera's Architecture",
  "Just in case: Valera's on-premise Architecture",
  'Just a reminder for Valera ;)',
  'Outcome from 1 to 5 (5 is the best)',
  'Where to Move?',
  "Let's check some solutions on Gentle to Hardcore scale",
  'AWS Data Warehouse',
  'Modern Solution with Synapse',
  'AWS Modern Data Platform',
  'Example of Modern Data Stack',
  'AWS Feature Store for ML',
  'Azure Delta Lake for Gaming',
  'Solution with Fivetran, Airflow and DBT',
  'Data Pipeline at WePay',
  'Clinical Data Analytics (Open Source)',
  'Summary',
  'What gives people feelings of power',
  'Thank you!',
];

/** Which architecture each diagram slide draws. */
const DIAGRAM_SLIDES: [number, DiagramName][] = [
  [12, 'modernDataStack'],
  [13, 'roles'],
  [16, 'roles'],
  [25, 'anna'],
  [26, 'valera'],
  [27, 'valeraOnPremise'],
  [32, 'awsDataWarehouse'],
  [33, 'synapse'],
  [34, 'awsModernDataPlatform'],
  [35, 'modernDataStackExample'],
  [36, 'awsFeatureStore'],
  [37, 'deltaLakeGaming'],
  [38, 'fivetranAirflowDbt'],
  [39, 'wePay'],
  [40, 'clinicalOpenSource'],
];

/** Boxes the outline names outright, checked as literals so a data typo cannot hide behind the data itself. */
const OUTLINE_TEXT: [number, string[]][] = [
  [
    12,
    [
      'Source Layer',
      'Files, SFTP, etc.',
      'IoT',
      'APIs',
      'OLTP',
      'Batch (ETL/ELT)',
      'Streaming',
      'Data Warehouse',
      'Big Data Solution',
      'Data Lake',
      'Science & Experimentation',
      'Machine Learning',
      'Business Intelligence',
    ],
  ],
  [13, ['(1) Product Manager', '(2) Data Engineer', '(3) ML Engineer / Data Scientist', '(2) BI Engineer']],
  [25, ['Hadoop', 'ClickHouse', 'Plotly Dash']],
  [26, ['Streaming with Snowpipe', 'Snowflake', 'Alteryx', 'DataRobot', 'Looker']],
  [32, ['Source Systems', 'Analytics Layer', 'Service Layer', 'Business Users']],
  [
    33,
    [
      'Event Hub, Stream Analytics',
      'Spark pools',
      'Serverless Pool',
      'Dedicated SQL pool',
      'Azure Data Lake v2',
      'Spark Pool MLlib',
      'Azure ML (not in Synapse)',
      'Azure Synapse Studio',
    ],
  ],
  [38, ['Fivetran', 'dbt', 'Airflow']],
  [39, ['MySQL', 'Debezium', 'Kafka', 'Kafka Connect BigQuery', 'BigQuery']],
];

function slide(page: Page, n: number): Locator {
  return page.locator(`section[data-slide-index="${n}"]`);
}

/** Jumps by hash (step 99 clamps to the slide fully built) and waits for that slide's content, not just the flag. */
async function show(page: Page, n: number, step = 99): Promise<void> {
  await page.evaluate(
    (hash) => {
      location.hash = hash;
    },
    n === 1 ? '#/1' : `#/${n}/${step}`,
  );
  await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide', String(n));
  await expect(slide(page, n).locator('.slide-loading')).toHaveCount(0);
  await expect(slide(page, n).locator('h1, h2').first()).toBeVisible();
  await waitReady(page);
}

test.describe('the talk', () => {
  test('has the outline’s 42 slides and the closing slide, in order, walked with Shift+ArrowRight', async ({ page }) => {
    await openDeck(page, 'talk', '#/1');
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-slides', '43');
    for (let n = 1; n <= TITLES.length; n++) {
      await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide', String(n));
      await expect(slide(page, n)).toHaveAttribute('aria-label', `${n} of 43: ${TITLES[n - 1]}`);
      await page.keyboard.press('Shift+ArrowRight');
    }
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide', '43');
  });

  test('scorecard: averages come last and read 3.25 for both', async ({ page }) => {
    await openDeck(page, 'talk', '#/29');
    const table = slide(page, 29).locator('table');
    await expect(table.locator('caption')).toContainText('Anna');
    await expect(table.locator('thead th[scope="col"]')).toHaveCount(3);
    await expect(table.locator('tbody th[scope="row"]')).toHaveCount(9);
    await expect(table.locator('td[colspan="2"]')).toHaveText('Absolutely!');
    await expect(slide(page, 29)).toContainText('* with time to provision hardware');
    const averages = table.locator('tfoot td');
    await expect(averages.first()).toBeHidden();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-step', '1');
    await expect(averages).toHaveText(['3.25', '3.25']);
    await expect(averages.first()).toBeVisible();
    await expect(averages.last()).toBeVisible();
  });

  test('every diagram shows all of its boxes as text, with a spoken flow', async ({ page }) => {
    await openDeck(page, 'talk', '#/1');
    for (const [n, name] of DIAGRAM_SLIDES) {
      await show(page, n);
      const figure = slide(page, n).locator('figure.arch');
      await expect(figure).toHaveCount(1);
      const text = (await figure.locator('.arch-canvas').textContent()) ?? '';
      const diagram = diagrams[name];
      for (const layer of diagram.layers) {
        expect(text, `slide ${n}`).toContain(layer.title);
        for (const item of layer.items) expect(text, `slide ${n}`).toContain(item.label);
      }
      await expect(figure.locator('figcaption')).toContainText(`${diagram.layers[0]!.title}`);
      await expect(figure.locator('figcaption')).toContainText('→');
    }
    for (const [n, labels] of OUTLINE_TEXT) {
      await show(page, n);
      for (const label of labels) await expect(slide(page, n).locator('.arch-canvas')).toContainText(label);
    }
  });

  test('speaker notes never reach the audience view', async ({ page }) => {
    await openDeck(page, 'talk', '#/1');
    for (let n = 1; n <= TITLES.length; n++) {
      await show(page, n);
      await expect(slide(page, n).locator('.notes-content')).toHaveCount(0);
      await expect(slide(page, n)).not.toContainText('(editorial)');
    }
  });

  test('no slide overflows its 1280×720 frame, fully built, and nothing logs an error', async ({ page }) => {
    const errors = collectErrors(page);
    await openDeck(page, 'talk', '#/1');
    for (let n = 1; n <= TITLES.length; n++) {
      await show(page, n);
      const problems = await slide(page, n).evaluate((section) => {
        const found: string[] = [];
        const body = section.querySelector<HTMLElement>('.slide-body')!;
        const frame = section.querySelector<HTMLElement>('.frame')!.getBoundingClientRect();
        if (body.scrollWidth > body.clientWidth || body.scrollHeight > body.clientHeight) {
          found.push(`slide body scrolls: ${body.scrollWidth}×${body.scrollHeight} in ${body.clientWidth}×${body.clientHeight}`);
        }
        // A centred flex column spills over the top too, where scrollHeight cannot see it: check against the padding box.
        const style = getComputedStyle(body);
        const box = body.getBoundingClientRect();
        const parts = [...body.children].map((child) => child.getBoundingClientRect()).filter((rect) => rect.height > 0);
        const top = Math.min(...parts.map((rect) => rect.top));
        const bottom = Math.max(...parts.map((rect) => rect.bottom));
        if (top < box.top + parseFloat(style.paddingTop) - 1 || bottom > box.bottom - parseFloat(style.paddingBottom) + 1) {
          found.push(`content ${Math.round(top - box.top)}…${Math.round(bottom - box.top)} outside the padding of a ${Math.round(box.height)}px body`);
        }
        for (const element of section.querySelectorAll<HTMLElement>('.slide-body *')) {
          if (element.closest('.sr-only')) continue;
          const rect = element.getBoundingClientRect();
          if (rect.width === 0 && rect.height === 0) continue;
          if (rect.left < frame.left - 1 || rect.top < frame.top - 1 || rect.right > frame.right + 1 || rect.bottom > frame.bottom + 1) {
            found.push(`${element.tagName.toLowerCase()}.${element.className} leaves the frame`);
          }
        }
        for (const element of section.querySelectorAll<HTMLElement>('.arch-title, .arch-item, .arch-band')) {
          if (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1) {
            found.push(`"${element.textContent}" does not fit its box`);
          }
        }
        return found;
      });
      expect(problems, `slide ${n}`).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
});
