import Aggregation
import Reporting
import StanceCore
import StanceTestSupport
import Testing

@Suite struct ReportWriterTests {
  func lexicons() throws -> LexiconSet {
    // The smallest valid lexicon set, with one registered actor.
    let files = [
      "tone.tsv": "# version: 2026.11.1\nthreat*\t-2\tthreat\n",
      "cues.tsv": "# version: 1\nsaid\t0\tverb\n",
      "modifiers.tsv": "# version: 1\nnot\tnegator\t-0.7\n",
      "actors.tsv": "# version: 1\nlavrov\tSergei Lavrov\tperson\t-\tLavrov\t-\n",
      "boilerplate.tsv": "# version: 1\nRead more\tprefix\tline\tpromo\n",
      "abbreviations.tsv": "# version: 1\nMr.\ttitle\n",
      "settings.tsv": "# version: 1\nnormalization\t6\n",
    ]
    return try LexiconSet.parse(files: files)
  }

  func aggregator() throws -> SeriesAggregator {
    var aggregator = SeriesAggregator(options: AggregationOptions(period: .quarter), registry: try lexicons().actors)
    let speaker = Speaker(name: "Sergei Lavrov", actorID: "lavrov", kind: .registered)
    for (score, day) in [(-0.5, 2), (0.25, 24)] {
      aggregator.add(
        ScoredStatement(
          statement: Statement(
            speaker: speaker, mention: nil, cue: nil, cueEntry: nil, kind: .direct, content: TextRange(0, 1)),
          tone: Tone(score: score, label: score < 0 ? .confrontational : .conciliatory, evidence: [])),
        date: DocumentDate(year: 2021, month: 12, day: day))
    }
    return aggregator
  }

  /// Each file is made on one thread, so the contents are the same at any number of jobs.
  @Test func summaryFilesAreTheSameAtOneAndFourJobs() throws {
    let writer = ReportWriter(lexicons: try lexicons(), period: .quarter, minimumCount: 1)
    let aggregator = try aggregator()
    let one = writer.summaryFiles(summary: RunSummary(), aggregator: aggregator, jobs: 1)
    let four = writer.summaryFiles(summary: RunSummary(), aggregator: aggregator, jobs: 4)
    #expect(one.map(\.name) == four.map(\.name))
    #expect(one.map(\.contents) == four.map(\.contents))
    #expect(one[0].contents.contains("lavrov,Sergei Lavrov,2021-Q4,2,"))
  }

  @Test func summaryFilesAreSeriesActorsAndReportEachCSVOpenedByTheLexiconComment() throws {
    let lexicons = try lexicons()
    let writer = ReportWriter(lexicons: lexicons, period: .quarter, minimumCount: 3)
    let files = writer.summaryFiles(summary: RunSummary(), aggregator: try aggregator())
    #expect(files.map { $0.name } == ["series.csv", "actors.csv", "report.txt", "chart.svg"])
    let comment = "# stance lexicon \(lexicons.identifier)"
    #expect(writer.csvComment == comment)
    #expect(comment.hasPrefix("# stance lexicon 2026.11.1+"))
    let series = files[0].contents.split(separator: "\n").map(String.init)
    #expect(series.first == comment)
    #expect(series.dropFirst().first == SeriesTables.seriesHeader)
    // One cell: 2021-Q4 with two statements, flagged sparse under a minimum of three.
    #expect(series.count == 3)
    #expect(series.last?.hasPrefix("lavrov,Sergei Lavrov,2021-Q4,2,") == true)
    #expect(series.last?.hasSuffix(",sparse") == true)
    let actors = files[1].contents.split(separator: "\n").map(String.init)
    #expect(actors.first == comment)
    // The registry gives the kind; the actor has no affiliation.
    #expect(actors.last?.hasPrefix("lavrov,Sergei Lavrov,person,,2,") == true)
    #expect(files.allSatisfy { $0.contents.hasSuffix("\n") })
    #expect(files[2].contents.contains("period quarter"))
    // The chart draws the one actor.
    #expect(files[3].contents.hasPrefix("<?xml"))
    #expect(files[3].contents.contains("<g class=\"actor\" data-actor=\"lavrov\">"))
  }
}
