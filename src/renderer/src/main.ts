import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import './article.css';
import './print.css';

const target = document.getElementById('app') as HTMLElement;

if (typeof window.spasm?.search === 'function') {
  mount(App, { target });
} else {
  // Without the preload's API there is nothing to show; say so rather than leave the window blank.
  const message = document.createElement('p');
  message.className = 'crash';
  message.textContent =
    'Spasm Guide could not start: its connection to the content is missing. Please reinstall the app.';
  target.append(message);
}
