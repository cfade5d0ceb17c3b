package vn.parindex.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import vn.parindex.scoring.PublicResults;
import vn.parindex.scoring.PublishedResults;
import vn.parindex.scoring.ResultsSnapshot.Group;
import vn.parindex.scoring.ResultsSnapshot.Unit;
import vn.parindex.shared.NotFoundException;

/**
 * The downloads and open data of published results, for anyone. Everything is read
 * through {@link PublicResults}: a period that is not published has no publication, so
 * every export of it is "not found".
 */
@Service
class ResultsExports {

	private final PublicResults results;

	private final RankingXlsx xlsx;

	private final ResultsPdf pdf;

	ResultsExports(PublicResults results, RankingXlsx xlsx, ResultsPdf pdf) {
		this.results = results;
		this.xlsx = xlsx;
		this.pdf = pdf;
	}

	/** The current publication of every published period, newest first. */
	List<PublicationEntry> publications() {
		return this.results.current().stream().map(PublicationEntry::of).toList();
	}

	/** A publication, current or superseded; not found unless it was published. */
	PublishedResults published(long publicationId) {
		return this.results.publication(publicationId)
			.orElseThrow(() -> new NotFoundException("publication", publicationId));
	}

	/** A unit of the publication with its group; not found if it is not in it. */
	Placed unit(PublishedResults published, long unitId) {
		for (Group group : published.snapshot().groups()) {
			for (Unit unit : group.units()) {
				if (unit.result().unitId() == unitId) {
					return new Placed(group, unit);
				}
			}
		}
		throw new NotFoundException("unit", unitId);
	}

	byte[] ranking(PublishedResults published, Locale locale) {
		return this.xlsx.write(published, locale);
	}

	byte[] annex(PublishedResults published, Locale locale) {
		return this.pdf.annex(published, locale);
	}

	byte[] scorecard(PublishedResults published, Placed placed, Locale locale) {
		return this.pdf.scorecard(published, placed.group(), placed.unit(), locale);
	}

	List<ResultRow> rows(PublishedResults published) {
		return ResultRow.of(published);
	}

	byte[] csv(PublishedResults published) {
		return ResultsCsv.write(ResultRow.of(published));
	}

	/** The exact bytes that were hashed: their SHA-256 is the publication's. */
	byte[] snapshot(long publicationId) {
		return this.results.canonicalJson(publicationId)
			.orElseThrow(() -> new NotFoundException("publication", publicationId))
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A unit in its peer group.
	 *
	 * @param group the group
	 * @param unit the unit
	 */
	record Placed(Group group, Unit unit) {
	}

}
