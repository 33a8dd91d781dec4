namespace TosScan.Documents;

/// <summary>
/// A stage's result about the whole document (its readability, say). The model holds these by type
/// without knowing them, so a new stage adds its result without the model, and every stage
/// upstream of it, depending on the stage: the data keeps flowing one way.
/// </summary>
public interface IDocumentAnnotation;
