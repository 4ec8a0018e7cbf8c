public enum ExperimentsPlaceholder {}
