package id.go.banggaikab.rekap.job;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A log message on one line, whatever it quotes: a file name may hold a line break or another control character
 * (a share written from Linux or a Mac allows it), and written as it is it would start a line of its own that reads
 * as the job's, a forged "ERROR" among them. Line breaks and control characters are written as escapes ({@code \n},
 * {@code \u001B}); messages of several lines are logged line by line by the code that means them so.
 */
public class OneLineMessage extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return escape(super.convert(event));
    }

    static String escape(String message) {
        if (message == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            String escaped = c == '\n' ? "\\n" : c == '\r' ? "\\r" : c != '\t' && (Character.isISOControl(c)
                    || c == '\u2028' || c == '\u2029') ? String.format("\\u%04X", (int) c) : null;
            if (escaped != null && out == null) {
                out = new StringBuilder(message.length() + 16).append(message, 0, i);
            }
            if (out != null) {
                out.append(escaped != null ? escaped : String.valueOf(c));
            }
        }
        return out == null ? message : out.toString();
    }
}
