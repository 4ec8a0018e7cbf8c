/// The live presentations in a directory, whoever presents them (for listing; following checks trust).
extension PresentationDirectory {
    /// Well-formed files whose presenter is still writing them, with `owner` filled in, by name.
    public func livePresentations(system: ClassroomSystem = ClassroomSystem()) -> [PresentationState] {
        names().flatMap { name in
            files(for: name).compactMap { path -> PresentationState? in
                guard case .file(let data, let owner) = PresentationFile.read(path),
                      case .success(var state) = PresentationState.decode(data), state.name == name,
                      system.isAlive(state, owner: owner) else { return nil }
                state.owner = system.users.userName(owner)
                return state
            }
        }
    }
}
