package vn.parindex.framework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import vn.parindex.organisation.UnitType;

/**
 * A criteria framework (bộ tiêu chí) for one year and set of unit types, in one version.
 * It owns its tree, settings and bands, and refuses every change once a period uses it.
 */
@Entity
@Table(name = "framework")
class Framework {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private int year;

	private String unitTypes;

	private int versionNo;

	private String nameVi;

	private @Nullable String nameEn;

	private boolean illustrative;

	private java.math.BigDecimal scaleMax = java.math.BigDecimal.ZERO;

	private java.math.@Nullable BigDecimal selfAssessmentTotal;

	private java.math.@Nullable BigDecimal surveyTotal;

	private java.math.BigDecimal bonusCap = java.math.BigDecimal.ZERO;

	private java.math.BigDecimal penaltyCap = java.math.BigDecimal.ZERO;

	@Enumerated(EnumType.STRING)
	private BonusStage bonusStage = BonusStage.AFTER_PERCENT;

	private boolean capAtScale;

	private int decimals;

	private String tieBreak = "";

	@Enumerated(EnumType.STRING)
	private FrameworkStatus status = FrameworkStatus.DRAFT;

	private @Nullable String lockedReason;

	private @Nullable Long clonedFromId;

	private Instant createdAt;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "framework_id", nullable = false)
	@OrderBy("position")
	private List<FrameworkNode> nodes = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "framework_band", joinColumns = @JoinColumn(name = "framework_id"))
	@OrderColumn(name = "position")
	private List<BandColumns> bands = new ArrayList<>();

	protected Framework() {
		this.unitTypes = "";
		this.nameVi = "";
		this.createdAt = Instant.EPOCH;
	}

	Framework(FrameworkDefinition definition, int versionNo, @Nullable Long clonedFromId, Instant now) {
		this.unitTypes = definition.header().scope();
		this.nameVi = definition.header().nameVi();
		this.versionNo = versionNo;
		this.clonedFromId = clonedFromId;
		this.createdAt = now;
		write(definition);
	}

	long id() {
		return (this.id != null) ? this.id : 0L;
	}

	long version() {
		return this.version;
	}

	int versionNo() {
		return this.versionNo;
	}

	FrameworkStatus status() {
		return this.status;
	}

	@Nullable String lockedReason() {
		return this.lockedReason;
	}

	@Nullable Long clonedFromId() {
		return this.clonedFromId;
	}

	FrameworkDefinition definition() {
		List<UnitType> types = this.unitTypes.isBlank() ? List.of()
				: Arrays.stream(this.unitTypes.split(",")).map(UnitType::valueOf).toList();
		FrameworkHeader header = new FrameworkHeader(this.year, types, this.nameVi, this.nameEn, this.illustrative);
		List<String> order = this.tieBreak.isBlank() ? List.of() : List.of(this.tieBreak.split(","));
		FrameworkSettings settings = new FrameworkSettings(this.scaleMax, this.selfAssessmentTotal, this.surveyTotal,
				this.bonusCap, this.penaltyCap, this.bonusStage, this.capAtScale, this.decimals, order);
		return new FrameworkDefinition(header, settings, this.bands.stream().map(BandColumns::band).toList(),
				this.nodes.stream().map(FrameworkNode::definition).toList());
	}

	/**
	 * Replaces the content with {@code definition}, keeping the year and unit types;
	 * refused once a period uses the framework.
	 */
	void replace(FrameworkDefinition definition) {
		requireEditable();
		write(definition.withHeader(new FrameworkHeader(this.year, definition().header().unitTypes(),
				definition.header().nameVi(), definition.header().nameEn(), definition.header().illustrative())));
	}

	void requireEditable() {
		if (this.status == FrameworkStatus.IN_USE) {
			throw new FrameworkLockedException((this.lockedReason != null) ? this.lockedReason : "");
		}
	}

	/** Freezes the framework because {@code reason} (an opened period) uses it. */
	void lock(String reason) {
		if (this.status == FrameworkStatus.DRAFT) {
			this.status = FrameworkStatus.IN_USE;
			this.lockedReason = reason;
		}
	}

	private void write(FrameworkDefinition definition) {
		FrameworkHeader header = definition.header();
		FrameworkSettings settings = definition.settings();
		this.year = header.year();
		this.nameVi = header.nameVi();
		this.nameEn = header.nameEn();
		this.illustrative = header.illustrative();
		this.scaleMax = settings.scaleMax();
		this.selfAssessmentTotal = settings.selfAssessmentTotal();
		this.surveyTotal = settings.surveyTotal();
		this.bonusCap = settings.bonusCap();
		this.penaltyCap = settings.penaltyCap();
		this.bonusStage = settings.bonusStage();
		this.capAtScale = settings.capAtScale();
		this.decimals = settings.decimals();
		this.tieBreak = String.join(",", settings.tieBreak());
		this.bands.clear();
		definition.bands().forEach((band) -> this.bands.add(new BandColumns(band)));
		writeNodes(definition.nodes());
	}

	/** Updates nodes in place by code, adds the new ones and removes the rest. */
	private void writeNodes(List<NodeDefinition> definitions) {
		Map<String, FrameworkNode> existing = new HashMap<>();
		this.nodes.forEach((node) -> existing.put(node.code(), node));
		List<FrameworkNode> result = new ArrayList<>();
		for (int i = 0; i < definitions.size(); i++) {
			NodeDefinition definition = definitions.get(i);
			FrameworkNode node = existing.remove(definition.code());
			if (node != null) {
				node.update(definition, i);
			}
			else {
				node = new FrameworkNode(definition, i);
			}
			result.add(node);
		}
		this.nodes.retainAll(result);
		result.stream().filter((node) -> !this.nodes.contains(node)).forEach(this.nodes::add);
		this.nodes.sort(java.util.Comparator.comparingInt(FrameworkNode::position));
	}

}
