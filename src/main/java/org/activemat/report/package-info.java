/**
 * Figures and reports for a study, headless (no JavaFX, UI or CLI here): each figure is drawn once with Java2D
 * ({@link org.activemat.report.Figure#draw}) in points, and {@link org.activemat.report.FigureFiles} turns it into a
 * PNG at a resolution (pHYs set), an SVG (JFreeSVG) or an image for the screen.
 * <pre>{@code
 * List<PairedSummary> study = PairedSummary.holmAcross(perSystem);
 * Figure curves = new LearningCurvesFigure("formation_energy_per_atom", "paper protocol, 5 seeds",
 *         List.of(LearningCurvesFigure.SystemCurves.of("Si", siResult), ...));
 * FigureFiles.writePng(out.resolve("learning-curves.png"), curves, FigureSize.PAGE, 300);
 * FigureFiles.writeSvg(out.resolve("learning-curves.svg"), curves, FigureSize.PAGE);
 * System.out.print(StudyTable.of("formation_energy_per_atom", study, calibration).markdown());
 * HtmlReport.write(out.resolve("report.html"), new ReportContent(...));
 * }</pre>
 */
package org.activemat.report;
