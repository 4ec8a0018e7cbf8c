/// Why a component's finite difference cannot be compared with backprop, when it cannot.
///
/// The check's verdict is given on the other components; the report lists these with their reason,
/// so a student sees "3 components at a ReLU kink" instead of a false "bug".
public enum FiniteDifferenceDoubt: String, Sendable, Hashable {
    /// The cost bends within ±ε: a ReLU unit switches on or off, or sits exactly on its kink (a
    /// pre-activation of exactly 0, where backprop uses relu′(0) = 0), and backprop's slope is one of
    /// the two sides.
    case kink
    /// The two-sided difference moves between ε and ε/2 by a good part of its disagreement with
    /// backprop: at this ε it measures the kinks it crosses, its truncation error or rounding, not
    /// the derivative.
    case unstable
    /// The disagreement is no larger than the rounding error of the costs divided by ε (ε is tiny for
    /// the cost's size). Unlike the others it says nothing against the step near θ, so it does not
    /// make a check inconclusive.
    case rounding
}

/// Telling a bug from a finite difference that cannot be trusted, for one component.
///
/// A check has J(θ) and J(θ ± εeₖ); for a component that disagrees it also evaluates J(θ ± ½εeₖ).
/// From them come the one-sided slopes
///
///     forward(h) = (J(θ + h) − J(θ)) / h        backward(h) = (J(θ) − J(θ − h)) / h
///
/// On a smooth cost they differ by J″·h, half as much at h = ε/2 as at ε. At a kink within ±ε/2 they
/// differ by the jump in slope, which does not shrink with h: the cost *bends* there. The two-sided
/// difference then averages the two sides while backprop returns the slope of one side, so backprop
/// lies between the one-sided slopes: that is a kink, and the component is set aside. A bend with
/// backprop outside the slopes is still a disagreement (a flipped sign on a unit sitting on its kink
/// stays a bug), but a check where many components bend is crossing kinks everywhere and cannot
/// tell (`GradientCheckVerdict.inconclusive`). A kink between ε/2 and ε instead moves the two-sided
/// difference between the two steps: unstable, set aside. A bug (a wrong factor, a flipped sign, a
/// missing term) is none of this: the same wrong answer at ε and at ε/2.
public struct FiniteDifferenceEvidence: Sendable, Hashable {
    public var analytic: Double
    public var cost: Double
    public var plus: Double
    public var minus: Double
    public var halfPlus: Double
    public var halfMinus: Double
    public var epsilon: Double

    public init(analytic: Double, cost: Double, plus: Double, minus: Double, halfPlus: Double, halfMinus: Double, epsilon: Double) {
        self.analytic = analytic
        self.cost = cost
        self.plus = plus
        self.minus = minus
        self.halfPlus = halfPlus
        self.halfMinus = halfMinus
        self.epsilon = epsilon
    }

    /// Components that agree to this relative difference are not examined: together they cannot
    /// move the overall difference out of "look closer" into "bug".
    public static let examinedFrom = 1e-5

    /// Whether a component with these costs disagrees enough to be examined (the half-step costs are
    /// not needed for that).
    public static func needsExamination(analytic: Double, cost: Double, plus: Double, minus: Double, epsilon: Double) -> Bool {
        let central = (plus - minus) / (2 * epsilon)
        guard analytic.isFinite, central.isFinite else { return false }
        let difference = abs(analytic - central)
        return difference > roundingTolerance(magnitude: max(abs(plus), abs(cost), abs(minus)), step: epsilon)
            && difference >= examinedFrom * (abs(analytic) + abs(central))
    }

    /// Whether a component disagrees by a relative amount that matters, but by no more than rounding
    /// can explain at this ε (a tiny ε over a cost of ordinary size): set aside without examination.
    public static func isWithinRounding(analytic: Double, cost: Double, plus: Double, minus: Double, epsilon: Double) -> Bool {
        let central = (plus - minus) / (2 * epsilon)
        guard analytic.isFinite, central.isFinite else { return false }
        let difference = abs(analytic - central)
        return difference <= roundingTolerance(magnitude: max(abs(plus), abs(cost), abs(minus)), step: epsilon)
            && difference >= examinedFrom * (abs(analytic) + abs(central))
    }

    /// Whether the cost bends within ±ε/2: the one-sided slopes differ by as much at ε/2 as at ε.
    public var bends: Bool { assessment.bends }

    /// The reason this component's finite difference cannot convict backprop, or nil if it can.
    public var doubt: FiniteDifferenceDoubt? { assessment.doubt }

    private var assessment: (doubt: FiniteDifferenceDoubt?, bends: Bool) {
        let half = epsilon / 2
        let forward = (plus - cost) / epsilon, backward = (cost - minus) / epsilon
        let halfForward = (halfPlus - cost) / half, halfBackward = (cost - halfMinus) / half
        let values = [analytic, forward, backward, halfForward, halfBackward]
        guard values.allSatisfy(\.isFinite) else { return (nil, false) }
        let central = (forward + backward) / 2, halfCentral = (halfForward + halfBackward) / 2
        let magnitude = [cost, plus, minus, halfPlus, halfMinus].map(abs).max() ?? 0
        // Rounding in the slopes at the smaller step, plus agreement far below what the course calls great.
        let tolerance = Self.roundingTolerance(magnitude: magnitude, step: half) + 1e-9 * (abs(analytic) + abs(central))
        let jump = forward - backward, halfJump = halfForward - halfBackward
        // A smooth bend halves with the step; a kink's does not.
        let bends = abs(jump) > tolerance && abs(halfJump) > tolerance && abs(halfJump) >= 0.75 * abs(jump)
        // The smooth part of the cost still bends the slopes by J″·ε/2 each side, which is what the
        // bend loses between ε and ε/2: allow that much around them.
        let margin = tolerance + abs(jump - halfJump)
        let betweenTheSides = analytic >= min(forward, backward) - margin && analytic <= max(forward, backward) + margin
        if bends && betweenTheSides { return (.kink, true) }
        if abs(central - halfCentral) >= 0.25 * abs(analytic - central) { return (.unstable, bends) }
        return (nil, bends)
    }

    /// How far apart rounding alone can put two slopes over `step`: each cost is off by a few units in
    /// the last place of its magnitude, and a slope divides a difference of two of them by the step.
    static func roundingTolerance(magnitude: Double, step: Double) -> Double {
        64 * Double.ulpOfOne * magnitude / step
    }
}
