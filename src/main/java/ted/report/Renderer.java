package ted.report;

import java.io.PrintWriter;

/** One output format. New formats (HTML, Markdown) are new implementations; nothing else changes. */
public interface Renderer {
    void render(Report report, PrintWriter out);
}
