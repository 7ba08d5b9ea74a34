package app.floorplan.ui.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;

/**
 * Warns shortly before an idle login ends, so unsaved input is not lost without notice. The timer runs in the
 * browser and restarts with every real request to the server (heartbeats do not count, so an open tab alone does
 * not keep a login alive); "Stay signed in" is such a request. Without it the server ends the session at the idle
 * timeout and the page returns to the login. Hidden and placed by styles.css ({@code #idle-warning}).
 */
class IdleWarning extends Div {

    private static final String SCRIPT = """
            const box = this;
            const warnAfterMs = Math.max($0 - $1, 1) * 1000;
            let timer;
            const arm = () => {
              clearTimeout(timer);
              box.style.display = 'none';
              timer = setTimeout(() => { box.style.display = 'flex'; }, warnAfterMs);
            };
            if (!window.floorplanIdleHooked) {
              window.floorplanIdleHooked = true;
              const isActivity = (url) => String(url).includes('v-r=uidl');
              const open = XMLHttpRequest.prototype.open;
              XMLHttpRequest.prototype.open = function (method, url) {
                if (isActivity(url)) { window.dispatchEvent(new Event('floorplan-activity')); }
                return open.apply(this, arguments);
              };
              const originalFetch = window.fetch;
              window.fetch = function (input, init) {
                if (isActivity(typeof input === 'string' ? input : input?.url)) {
                  window.dispatchEvent(new Event('floorplan-activity'));
                }
                return originalFetch.apply(this, arguments);
              };
            }
            window.addEventListener('floorplan-activity', arm);
            arm();
            """;

    private final Duration warningBefore;

    IdleWarning(Duration warningBefore) {
        this.warningBefore = warningBefore;
        setId("idle-warning");
        Button stay = new Button("Stay signed in");
        stay.setId("idle-warning-stay");
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new Span("You will be signed out in a minute because nothing happened for a while. Unsaved"
                        + " entries would be lost."),
                stay);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        int idleSeconds = VaadinSession.getCurrent().getSession().getMaxInactiveInterval();
        if (idleSeconds > 0) {
            getElement().executeJs(SCRIPT, idleSeconds, warningBefore.toSeconds());
        }
    }
}
