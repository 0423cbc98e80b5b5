package app.prism.scoring;

/** Why a snapshot was taken: the monthly job, or someone asked for one. */
public enum SnapshotKind { MONTHLY, ON_DEMAND }
