import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { MapPoint, OpinionGroup } from '../../../api/types';
import { useI18n } from '../../../i18n/context';
import { proposalHref } from '../api/summaries';
import { barPercent, groupShape, scatterScale, shapePath, shortId, verticalBars } from '../charts';

/**
 * Accessible charts drawn by hand. Each chart is one image (role="img") named by its heading and
 * described by its one-sentence summary; the table beside it is the full, accessible source.
 */
export interface ChartIds {
  /** Id prefix: `${id}-title` is the heading, `${id}-text` the summary sentence. */
  id: string;
}

const imgProps = (id: string) => ({ role: 'img' as const, 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-text` });

/** A chart with its heading, its summary sentence and its data table (inside a <details>). */
export function ChartBlock(props: ChartIds & { title: string; text: string; chart: ComponentChildren; table: ComponentChildren; note?: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <section class="chart" aria-labelledby={`${props.id}-title`}>
      <h3 id={`${props.id}-title`}>{props.title}</h3>
      <p id={`${props.id}-text`} class="chart__text">
        {props.text}
      </p>
      {props.chart}
      {props.note}
      <details class="chart__data">
        <summary>
          {t('sum.table.show')}
          <span class="visually-hidden"> : {props.title}</span>
        </summary>
        <ScrollTable label={t('sum.table.region', { title: props.title })}>{props.table}</ScrollTable>
      </details>
    </section>
  );
}

/** A table that scrolls sideways inside its own focusable, named region (320 px screens). */
export function ScrollTable(props: { label: string; children?: ComponentChildren }) {
  return (
    <div class="table-scroll" role="region" tabIndex={0} aria-label={props.label}>
      {props.children}
    </div>
  );
}

/** Vertical bars, one per value (a day), scaled to a round maximum; gridlines at round values. */
export function ColumnChart(props: ChartIds & { values: number[]; axis: (top: number) => string }) {
  const height = 120;
  const width = Math.max(props.values.length * 12, 240);
  const { bars, top } = verticalBars(props.values, width, height);
  return (
    <div class="columns">
      <svg class="columns__svg" viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" focusable="false" {...imgProps(props.id)}>
        {[0.25, 0.5, 0.75, 1].map((f) => (
          <line key={f} class="grid" x1="0" x2={width} y1={height * (1 - f)} y2={height * (1 - f)} vector-effect="non-scaling-stroke" />
        ))}
        {bars.map((bar, i) => (
          <rect key={i} class="bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height} />
        ))}
        <line class="axis" x1="0" x2={width} y1={height} y2={height} vector-effect="non-scaling-stroke" />
      </svg>
      <p class="chart__axis">{props.axis(top)}</p>
    </div>
  );
}

export interface HBar {
  label: string;
  value: number;
  /** A colour class (bar--consensus…); the label always says what the bar is. */
  tone?: string;
}

/** Horizontal bars with their label and value written out (text stays readable at any width). */
export function BarList(props: ChartIds & { rows: HBar[] }) {
  const max = Math.max(0, ...props.rows.map((row) => row.value));
  return (
    <div class="hbars" {...imgProps(props.id)}>
      {props.rows.map((row) => (
        <div class="hbars__row" key={row.label}>
          <span class="hbars__label">{row.label}</span>
          <svg class="hbars__track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false" aria-hidden="true">
            <rect class={`bar ${row.tone ?? ''}`} x="0" y="0" height="10" width={barPercent(row.value, max)} />
          </svg>
          <span class="hbars__value">{row.value}</span>
        </div>
      ))}
    </div>
  );
}

/** A small shape of a group, for legends and tables. */
export function ShapeIcon(props: { group: number }) {
  const shape = groupShape(props.group);
  return (
    <svg class="shape-icon" viewBox="0 0 16 16" width="16" height="16" focusable="false" aria-hidden="true">
      {shape ? <path class={`mark mark--${props.group}`} d={shapePath(shape, 8, 8, 5.5)} /> : <circle class="mark mark--none" cx="8" cy="8" r="3" />}
    </svg>
  );
}

/**
 * The anonymous 2-D map of participants: one mark per person, its group told by colour AND
 * shape. Marks of a group are drawn as one path, so thousands of people stay light.
 */
export function OpinionMap(props: ChartIds & { points: MapPoint[]; groups: OpinionGroup[] }) {
  const size = 300;
  const scale = scatterScale(props.points, size, 12);
  const paths = new Map<number, string[]>();
  for (const point of props.points) {
    const at = scale(point);
    const shape = groupShape(point.group);
    const d = shape ? shapePath(shape, at.x, at.y, 3.2) : shapePath('circle', at.x, at.y, 1.8);
    const key = shape ? point.group : -1;
    let list = paths.get(key);
    if (!list) paths.set(key, (list = []));
    list.push(d);
  }
  return (
    <svg class="map__svg" viewBox={`0 0 ${size} ${size}`} focusable="false" {...imgProps(props.id)}>
      <rect class="map__frame" x="0.5" y="0.5" width={size - 1} height={size - 1} />
      {[...paths.entries()].map(([group, list]) => (
        <path key={group} class={`mark mark--${group >= 0 ? group : 'none'}`} d={list.join('')} />
      ))}
    </svg>
  );
}

/**
 * "See the sources" of a figure: the proposals (links, titles quoted) and the comment numbers
 * behind it. The list is built only when opened, so long lists cost nothing until then.
 */
export function Sources(props: { what: string; proposalIds?: string[]; commentIds?: string[]; titles: Map<string, string>; voters?: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const proposals = props.proposalIds ?? [];
  const comments = props.commentIds ?? [];
  return (
    <details class="sources" onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        {t('sum.sources')}
        <span class="visually-hidden"> : {props.what}</span>
      </summary>
      {open ? (
        <div class="sources__body">
          {proposals.length === 0 && comments.length === 0 && !props.voters ? <p>{t('sum.sources.none')}</p> : null}
          {proposals.length ? (
            <>
              <p>{t('sum.sources.proposals', { count: proposals.length })}</p>
              <ul class="sources__list">
                {proposals.map((id) => (
                  <li key={id}>
                    <ProposalLink id={id} title={props.titles.get(id)} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {comments.length ? (
            <>
              <p>{t('sum.sources.comments', { count: comments.length })}</p>
              <p class="help">{t('sum.sources.commentsHint')}</p>
              <ul class="sources__ids">
                {comments.map((id) => (
                  <li key={id}>
                    <code>{id}</code>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {props.voters ? <p class="help">{t('sum.sources.voters')}</p> : null}
        </div>
      ) : null}
    </details>
  );
}

/** A proposal quoted by its title as written, with its short number (the printed brief's reference). */
export function ProposalLink(props: { id: string; title?: string }) {
  const { t } = useI18n();
  return (
    <>
      <a href={proposalHref(props.id)}>{props.title ?? t('sum.proposal.id', { id: shortId(props.id) })}</a>{' '}
      <span class="ref">[{shortId(props.id)}]</span>
    </>
  );
}
