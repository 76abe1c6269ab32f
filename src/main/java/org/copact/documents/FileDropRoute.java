package org.copact.documents;

import org.copact.common.OneNodeAtATime;

import java.nio.file.Path;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The scan folder: a file put in {@code <folder>/<round id>/} becomes a document of that round
 * and moves to {@code done/} beside it; a file Copact refuses moves to {@code error/} with a
 * {@code .why.txt} next to it. Nodes sharing the folder scan it one at a time ({@link OneNodeAtATime}),
 * so that a file is taken once and no node finds gone a file another one moved; a marker file locks
 * each file besides; the same bytes twice are one document anyway. Failures are handled by
 * {@link FileDropRouteConfiguration}.
 */
@Component
class FileDropRoute extends RouteBuilder {

    static final String ROUTE_ID = "file-drop";
    public static final String WHY_SUFFIX = ".why.txt";

    private final Path folder;
    private final long pollDelayMillis;

    FileDropRoute(IntakeProperties intake) {
        this.folder = intake.folder().toAbsolutePath();
        this.pollDelayMillis = intake.pollDelay().toMillis();
    }

    Path folder() {
        return folder;
    }

    /**
     * The folder and delay come from the bound {@link IntakeProperties}, not from {@code {{…}}}
     * placeholders: Camel would read an ISO-8601 delay such as {@code PT2S} as 0 (no pause), and a
     * placeholder is resolved again at each lookup, so a folder with {@code ${random.uuid}} in it (as
     * the tests have) would not be the folder this bean reports.
     */
    @Override
    public void configure() {
        from("file:" + folder + "?recursive=true&minDepth=2&maxDepth=2&readLock=markerFile"
                + "&readLockCheckInterval=500&autoCreate=true&delay=" + pollDelayMillis
                + "&exclude=.*\\.why\\.txt$&pollStrategy=#" + OneNodeAtATime.BEAN
                + "&move=${file:parent}/done/${file:onlyname}&moveFailed=${file:parent}/error/${file:onlyname}")
                .routeId(ROUTE_ID).routeConfigurationId(FileDropRouteConfiguration.ID)
                .bean(FileDrops.class, "take");
    }
}
