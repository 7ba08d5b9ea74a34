/*
 * FloorPlan: turns phone notifications for practice reminders on and off in this browser (Web Push). Every answer is
 * a JSON string, and a refusal says why ("unsupported", "denied", "dismissed", "no-worker", "failed"), so the page can
 * tell the patient what to do instead of failing silently.
 */
(function () {
  'use strict';

  function key(base64url) {
    const padding = '='.repeat((4 - (base64url.length % 4)) % 4);
    const raw = atob((base64url + padding).replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(raw, (c) => c.charCodeAt(0));
  }

  function supported() {
    return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
  }

  async function registration() {
    const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 10000));
    return Promise.race([navigator.serviceWorker.ready, timeout]);
  }

  window.FloorPlanPush = {
    async subscribe(publicKey) {
      if (!supported()) {
        return JSON.stringify({ error: 'unsupported' });
      }
      const permission = await Notification.requestPermission();
      if (permission !== 'granted') {
        return JSON.stringify({ error: permission === 'denied' ? 'denied' : 'dismissed' });
      }
      const worker = await registration();
      if (!worker) {
        return JSON.stringify({ error: 'no-worker' });
      }
      try {
        const subscription = (await worker.pushManager.getSubscription())
          || (await worker.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key(publicKey) }));
        return JSON.stringify(subscription);
      } catch (failed) {
        return JSON.stringify({ error: 'failed' });
      }
    },

    async unsubscribe() {
      if (!supported()) {
        return JSON.stringify({});
      }
      const worker = await registration();
      const subscription = worker ? await worker.pushManager.getSubscription() : null;
      if (!subscription) {
        return JSON.stringify({});
      }
      const endpoint = subscription.endpoint;
      await subscription.unsubscribe();
      return JSON.stringify({ endpoint: endpoint });
    }
  };
})();
