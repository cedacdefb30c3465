namespace SiteGen.Pipeline;

/// <summary>
/// Statiq's four phases. Input phases run at once; a Process phase waits for its own Input and
/// for the Process phase of each dependency; PostProcess waits for every Process phase; Output
/// waits for every PostProcess phase and runs only when nothing failed, so no file is written
/// from a build that will be thrown away.
/// </summary>
public enum Phase { Input, Process, PostProcess, Output }
