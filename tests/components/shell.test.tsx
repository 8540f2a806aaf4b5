/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { DataView, hostTheme, NimmAppShell, useStoreData } from '../../src/components/shell';
import { PageStore, pageStoreFor } from '../../src/data/cache/PageStore';
import type { NimmStore } from '../../src/data/NimmStore';
import { guideModel } from './fixtures/guideModel';
import { FakeStore } from './support/fakeStore';

setIconOptions({ disableWarnings: true });

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const Reader: React.FC<{ id: number; read: (id: number) => Promise<string> }> = ({ id, read }) => {
  const { state, retry } = useStoreData(() => read(id), { key: id });
  return (
    <DataView state={state} onRetry={retry}>
      {(value) => <p>Showing {value}</p>}
    </DataView>
  );
};

describe('useStoreData', () => {
  it('never lets an older, slower answer replace a newer one', async () => {
    const answers = new Map([[1, deferred<string>()], [2, deferred<string>()]]);
    const read = (id: number): Promise<string> => answers.get(id)!.promise;
    const store = new FakeStore();
    const { rerender } = render(<NimmAppShell store={store} defaultTitle="T"><Reader id={1} read={read} /></NimmAppShell>);
    // Let the first read start before the second is asked for.
    await act(async () => undefined);
    rerender(<NimmAppShell store={store} defaultTitle="T"><Reader id={2} read={read} /></NimmAppShell>);
    await act(async () => answers.get(2)!.resolve('two'));
    expect(screen.getByText('Showing two')).toBeInTheDocument();
    await act(async () => answers.get(1)!.resolve('one'));
    expect(screen.getByText('Showing two')).toBeInTheDocument();
    expect(screen.queryByText('Showing one')).not.toBeInTheDocument();
  });

  it('sets nothing after the app has gone (no warning, no error)', async () => {
    const late = deferred<string>();
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { unmount } = render(<NimmAppShell store={new FakeStore()} defaultTitle="T"><Reader id={1} read={() => late.promise} /></NimmAppShell>);
    unmount();
    await act(async () => late.resolve('too late'));
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('refreshes quietly when another part of the page changes what it reads', async () => {
    const store = new PageStore(new FakeStore().withPublished(guideModel()));
    const Versions: React.FC = () => {
      const { state, retry } = useStoreData((s: NimmStore) => s.listModelVersions(), { refreshOn: ['model'] });
      return <DataView state={state} onRetry={retry}>{(v) => <p>{v.items.length} versions</p>}</DataView>;
    };
    render(<NimmAppShell store={store} defaultTitle="T"><Versions /></NimmAppShell>);
    expect(await screen.findByText('1 versions')).toBeInTheDocument();
    await act(async () => {
      await store.publishDefaultModel();
    });
    await waitFor(() => expect(screen.getByText('2 versions')).toBeInTheDocument());
  });
});

describe('the page store', () => {
  it('reads the published model once for every web part on the page', async () => {
    const inner = new FakeStore().withPublished(guideModel());
    const a = pageStoreFor('https://t.example/sites/nimm/', () => inner);
    const b = pageStoreFor('https://T.example/sites/nimm', () => new FakeStore());
    expect(b).toBe(a);
    await Promise.all([a.getPublishedModel(), b.getPublishedModel(), a.getPublishedModel()]);
    expect(inner.calls.filter((c) => c === 'getPublishedModel')).toHaveLength(1);
  });

  it('does not keep a failed read, so Try again asks SharePoint again', async () => {
    const inner = new FakeStore().withPublished(guideModel()).fail('getPublishedModel', new Error('down'), 1);
    const store = new PageStore(inner);
    await expect(store.getPublishedModel()).rejects.toThrow('down');
    await expect(store.getPublishedModel()).resolves.not.toBeNull();
    expect(inner.calls.filter((c) => c === 'getPublishedModel')).toHaveLength(2);
  });

  it('forgets the model after publishing and tells every listener, even when publishing fails', async () => {
    const inner = new FakeStore().withPublished(guideModel()).fail('publishDefaultModel', new Error('failed'), 1);
    const store = new PageStore(inner);
    const heard: string[][] = [];
    const stop = store.subscribe((topics) => heard.push(topics));
    await store.getPublishedModel();
    await expect(store.publishDefaultModel()).rejects.toThrow('failed');
    await store.getPublishedModel();
    expect(heard).toEqual([['model']]);
    expect(inner.calls.filter((c) => c === 'getPublishedModel')).toHaveLength(2);
    stop();
    await store.publishDefaultModel();
    expect(heard).toHaveLength(1);
  });
});

describe('the host theme', () => {
  it('keeps the site\'s theme in SharePoint and in Teams\' default theme', () => {
    const site = { palette: { themePrimary: '#005eb8' } };
    expect(hostTheme({ host: 'sharepoint', sectionTheme: site })).toBe(site);
    expect(hostTheme({ host: 'teams', teamsTheme: 'default', siteTheme: site })).toBe(site);
  });

  it('follows Teams\' dark and high-contrast themes with readable text', () => {
    const dark = hostTheme({ host: 'teams', teamsTheme: 'dark' });
    expect(dark?.isInverted).toBe(true);
    expect(dark?.semanticColors).toMatchObject({ bodyBackground: '#1f1f1f', bodyText: '#ffffff' });
    const contrast = hostTheme({ host: 'teams', teamsTheme: 'contrast' });
    expect(contrast?.semanticColors).toMatchObject({ bodyBackground: '#000000', bodyText: '#ffffff', link: '#ffff01' });
  });
});
