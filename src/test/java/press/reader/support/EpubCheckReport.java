package press.reader.support;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.util.ArrayList;
import java.util.List;

/** Collects EPUBCheck's messages so that a failing test shows them all, with their locations. */
public final class EpubCheckReport extends MasterReport {
    public final List<String> problems = new ArrayList<>();

    @Override
    public void message(Message message, EPUBLocation location, Object... args) {
        Severity s = message.getSeverity();
        if (s == Severity.FATAL || s == Severity.ERROR || s == Severity.WARNING) {
            problems.add(s + " " + message.getID() + " " + (location == null ? "" : location.getPath() + ":"
                    + location.getLine()) + " " + message.getMessage(args));
        }
    }

    @Override
    public void info(String resource, FeatureEnum feature, String value) {}

    @Override
    public int generate() {
        return 0;
    }

    @Override
    public void initialize() {}
}
