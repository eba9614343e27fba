/**
 * The build report, an output of every build ({@code build-report.html}, made by {@code publish/BuildReportEdition}):
 * thumbnails of the chapter openings and the cover, the page count, the warnings and the time each stage took
 * ({@link press.reader.report.BuildReport}, from {@link press.reader.report.ReportData}). It is not the {@code proof}
 * command's spreads ({@code press.reader.proof}), whose page rendering it uses.
 */
package press.reader.report;
