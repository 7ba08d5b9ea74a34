/*
 * FloorPlan's service worker (ADR 0016), served at /sw.js in place of the one in Vaadin's prebuilt bundle, whose
 * offline fallback is the application shell. It keeps only the offline page and the icon; every page, script and
 * UIDL request goes to the network as if there were no worker, so nothing about a patient is ever cached. When a page
 * cannot be loaded, she gets the offline page. It also shows practice reminders (Web Push) as Vaadin's worker does.
 */
'use strict';

const CACHE = 'floorplan-offline-v1';
const OFFLINE_PAGE = 'offline.html';
let connectionLost = false;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll([OFFLINE_PAGE, 'icons/icon.png']))
      .then(() => self.skipWaiting()));
});

// drops every other cache, including the application shell an earlier worker may have kept
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  if (event.request.mode !== 'navigate') {
    return;
  }
  event.respondWith(
    fetch(event.request).then(
      (response) => {
        connectionLost = false;
        return response;
      },
      () => {
        connectionLost = true;
        return caches.open(CACHE).then((cache) => cache.match(OFFLINE_PAGE));
      }));
});

// Vaadin's client asks the worker whether the connection was lost
self.addEventListener('message', (event) => {
  const data = event.data;
  if (data && typeof data === 'object' && data.method === 'Vaadin.ServiceWorker.isConnectionLost' && 'id' in data) {
    event.source?.postMessage({ id: data.id, result: connectionLost }, []);
  }
});

self.addEventListener('push', (event) => {
  const message = event.data?.json();
  if (message) {
    event.waitUntil(self.registration.showNotification(message.title, message.options));
  }
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil((async () => {
    const start = new URL('/', self.location.origin).href;
    const open = (await self.clients.matchAll({ type: 'window' })).find((client) => client.url === start);
    return open ? open.focus() : self.clients.openWindow(start);
  })());
});
