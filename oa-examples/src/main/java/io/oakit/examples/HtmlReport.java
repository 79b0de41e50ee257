package io.oakit.examples;

import io.oakit.core.deadline.DeadlineStatus;
import io.oakit.core.org.Organization;
import io.oakit.core.roster.DayCategory;
import io.oakit.core.roster.Roster;
import io.oakit.core.roster.Slot;
import io.oakit.core.routing.CirculationPlan;
import io.oakit.core.supervision.scoring.RankedUnit;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The demo's report as one self-contained HTML file: the duty roster as a calendar grid, the unit
 * ranking as an inline SVG bar chart, the deadline board with warning colours, and one document's
 * circulation timeline.
 */
final class HtmlReport {

  /** A row of the deadline board. */
  record Deadline(String documentId, String subject, LocalDateTime due, DeadlineStatus status) {}

  private final StringBuilder body = new StringBuilder();

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  void title(String text) {
    body.append("<h1>").append(esc(text)).append("</h1>\n");
  }

  void ranking(List<RankedUnit> ranking) {
    body.append("<h2>Supervision ranking (督查督办考核)</h2>\n");
    int barHeight = 26;
    double max = ranking.stream().mapToDouble(r -> r.total().doubleValue()).max().orElse(100);
    body.append(String.format(Locale.ROOT, "<svg id=\"ranking\" width=\"720\" height=\"%d\" role=\"img\" aria-label=\"unit ranking\">%n",
        ranking.size() * (barHeight + 8) + 10));
    int y = 5;
    for (RankedUnit r : ranking) {
      double w = 480 * r.total().doubleValue() / max;
      body.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"14\">#%d %s</text>%n", y + 18, r.rank(), esc(r.unit())))
          .append(String.format(Locale.ROOT, "<rect x=\"130\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n", y, w, barHeight,
              r.rank() == 1 ? "#2e7d32" : "#1565c0"))
          .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"14\">%s</text>%n", 136 + w, y + 18,
              r.total().toPlainString()));
      y += barHeight + 8;
    }
    body.append("</svg>\n");
  }

  void deadlines(List<Deadline> rows) {
    body.append("<h2>Deadline board (办理时限)</h2>\n<table id=\"deadlines\"><tr><th>document</th><th>subject</th><th>due</th>"
        + "<th>status</th></tr>\n");
    for (Deadline d : rows) {
      String colour = switch (d.status().warningLevel()) {
        case OVERDUE -> "#ffcdd2";
        case APPROACHING -> "#ffe0b2";
        default -> "#c8e6c9";
      };
      body.append("<tr style=\"background:").append(colour).append("\"><td>").append(esc(d.documentId())).append("</td><td>")
          .append(esc(d.subject())).append("</td><td>").append(d.due()).append("</td><td>").append(d.status())
          .append("</td></tr>\n");
    }
    body.append("</table>\n");
  }

  void roster(Roster roster, Organization org) {
    body.append("<h2>Duty roster, Spring Festival 2026 (值班表), version ").append(roster.version()).append("</h2>\n");
    TreeSet<LocalDate> days = new TreeSet<>();
    roster.assignments().keySet().forEach(s -> days.add(s.date()));
    int slots = roster.plan().roles(DayCategory.WORKING_DAY).size();
    body.append("<table id=\"roster\"><tr><th></th>");
    for (LocalDate d : days) {
      DayCategory c = roster.plan().category(d);
      String colour = c == DayCategory.PEAK ? "#ef9a9a" : c == DayCategory.HOLIDAY ? "#ffcc80" : c == DayCategory.WEEKEND
          ? "#e0e0e0" : "#ffffff";
      body.append("<th style=\"background:").append(colour).append("\">").append(d.getMonthValue()).append('-')
          .append(d.getDayOfMonth()).append("<br>").append(c.name().charAt(0)).append("</th>");
    }
    body.append("</tr>\n");
    for (int i = 0; i < slots; i++) {
      body.append("<tr><th>").append(esc(roster.plan().roles(DayCategory.WORKING_DAY).get(i))).append("</th>");
      for (LocalDate d : days) {
        int index = i;
        String who = roster.assignments().entrySet().stream().filter(e -> e.getKey().date().equals(d) && e.getKey().index() == index)
            .map(e -> org.person(e.getValue()).name()).findFirst().orElse("");
        body.append("<td>").append(esc(who)).append("</td>");
      }
      body.append("</tr>\n");
    }
    body.append("</table>\n");
  }

  void circulation(String documentId, CirculationPlan plan, Organization org) {
    body.append("<h2>Circulation of ").append(esc(documentId)).append(" (传阅)</h2>\n");
    LocalDateTime start = plan.lanes().stream().flatMap(l -> l.readings().stream()).map(CirculationPlan.Reading::expectedStart)
        .min(LocalDateTime::compareTo).orElseThrow();
    double span = Math.max(1, Duration.between(start, plan.expectedCompletion()).toMinutes());
    List<String> rows = new ArrayList<>();
    plan.lanes().forEach(lane -> lane.readings().forEach(r -> rows.add(lane.name() + "|" + r.personId() + "|"
        + Duration.between(start, r.expectedStart()).toMinutes() + "|" + Duration.between(start, r.expectedFinish()).toMinutes())));
    body.append(String.format(Locale.ROOT, "<svg id=\"timeline\" width=\"720\" height=\"%d\">%n", rows.size() * 30 + 10));
    int y = 5;
    for (String row : rows) {
      String[] f = row.split("\\|");
      double x1 = 300 + 400 * Double.parseDouble(f[2]) / span;
      double x2 = 300 + 400 * Double.parseDouble(f[3]) / span;
      body.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"12\">%s · %s</text>%n", y + 16, esc(f[0]),
          esc(org.person(f[1]).name())))
          .append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"#6a1b9a\"/>%n", x1, y,
              Math.max(3, x2 - x1)));
      y += 30;
    }
    body.append("</svg>\n<p>expected completion ").append(plan.expectedCompletion()).append("; protocol order would finish ")
        .append(plan.protocolOrderCompletion()).append("</p>\n");
  }

  String html() {
    return "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>OA Kit demo report</title>\n"
        + "<style>body{font-family:sans-serif;margin:24px}table{border-collapse:collapse}td,th{border:1px solid #999;"
        + "padding:3px 6px;font-size:13px}</style></head><body>\n" + body + "</body></html>\n";
  }
}
