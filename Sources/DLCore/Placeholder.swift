public enum DLCorePlaceholder {}
