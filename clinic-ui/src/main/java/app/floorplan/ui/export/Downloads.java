package app.floorplan.ui.export;

import app.floorplan.core.export.ExportedFile;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A download link's handler that runs an export use case when the link is clicked (not when the page is built), so
 * each download is checked and audited on its own, and nothing is kept in the session.
 */
public final class Downloads {

    private Downloads() {}

    public static DownloadHandler of(Supplier<ExportedFile> export) {
        return optional(() -> Optional.of(export.get()));
    }

    /** For an export that may find nothing (e.g. a version that no longer exists): answers 404 then. */
    public static DownloadHandler optional(Supplier<Optional<ExportedFile>> export) {
        return event -> {
            Optional<ExportedFile> file = export.get();
            if (file.isEmpty()) {
                event.getResponse().setStatus(404);
                return;
            }
            event.setFileName(file.get().fileName());
            event.setContentType(file.get().mediaType());
            event.getResponse().setHeader("Cache-Control", "no-store");
            event.getOutputStream().write(file.get().content());
        };
    }
}
