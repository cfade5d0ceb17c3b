package vn.parindex.reporting;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.parindex.scoring.Publication;

/**
 * A current publication in the open data list, with the addresses of its files.
 *
 * @param id the publication's id
 * @param cycleId the period
 * @param year the evaluated year
 * @param cycleName the period's name
 * @param seq 1 for the first publication, 2… for corrections
 * @param decisionNumber the number of the approving decision
 * @param publishedAt when it was published
 * @param sha256 the SHA-256 of {@code snapshot.json}, lowercase hex
 * @param links where its files are
 */
@Schema(name = "Publication", description = "Một lần công bố kết quả / a publication of a period's results")
record PublicationEntry(@Schema(description = "Mã lần công bố / publication id") long id,
		@Schema(description = "Mã kỳ đánh giá / period id") long cycleId,
		@Schema(description = "Năm đánh giá / evaluated year", example = "2025") int year,
		@Schema(description = "Tên kỳ đánh giá / period name") String cycleName,
		@Schema(description = "Lần công bố: 1, đính chính 2… / 1, corrections 2…") int seq,
		@Schema(description = "Số quyết định / decision number", example = "97/QĐ-UBND") String decisionNumber,
		@Schema(description = "Thời điểm công bố / published at (ISO-8601)") Instant publishedAt,
		@Schema(description = "SHA-256 của snapshot.json / SHA-256 of snapshot.json",
				pattern = "^[0-9a-f]{64}$") String sha256,
		@Schema(description = "Địa chỉ các tệp / file addresses") Links links) {

	static PublicationEntry of(Publication publication) {
		return new PublicationEntry(publication.id(), publication.cycleId(), publication.year(),
				publication.cycleName(), publication.seq(), publication.decisionNumber(), publication.publishedAt(),
				publication.sha256(), Links.of(publication.id()));
	}

	/**
	 * The files of a publication, as paths from the site's root.
	 *
	 * @param snapshot the canonical JSON that was hashed
	 * @param results the rows as JSON
	 * @param csv the rows as CSV
	 * @param xlsx the ranking workbook
	 * @param annex the decision's annex as PDF
	 */
	@Schema(name = "PublicationLinks")
	record Links(String snapshot, String results, String csv, String xlsx, String annex) {

		static Links of(long id) {
			String api = OpenDataController.BASE + "/" + id;
			String portal = "/portal/" + id;
			return new Links(api + "/snapshot.json", api + "/results.json", api + "/results.csv",
					portal + "/ranking.xlsx", portal + "/annex.pdf");
		}

	}

}
