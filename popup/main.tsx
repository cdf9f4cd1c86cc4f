// The popup's entry: finds the tab it reports on and renders the app.
import { render } from 'preact';
import { App } from './App.js';
import { connectToTab } from './tab-connection.js';

render(<App connection={connectToTab(new URLSearchParams(location.search).get('for'))} />, document.getElementById('app')!);
