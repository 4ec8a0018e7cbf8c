import Localization

/// The short column headings of every experiment's headline numbers, in each language, by the
/// name of the finding value: the one place experiments' comparison words live (a test checks that
/// every headline any experiment declares has both).
enum HeadlineLabels {
    /// name → (English, Chinese). Kept short: a runs table puts several side by side at 80 columns.
    static let table: [String: (en: String, zh: String)] = [
        // Train/dev errors and gaps (reg.l2, dropout.keep-prob, …)
        "train_error_percent": ("train %", "训练误差%"),
        "dev_error_percent": ("dev %", "开发误差%"),
        "gap_points": ("gap", "差距"),
        "squared_weight_norm": ("Σ‖W‖²", "Σ‖W‖²"),
        "train_error": ("train", "训练误差"),
        "same_distribution_error": ("dev same", "同分布开发"),
        "shifted_error": ("dev shifted", "偏移开发"),
        "best_dev_error": ("best dev", "最佳开发"),
        "best_dev_degree": ("best degree", "最佳阶数"),
        "small_dev_error_at_max": ("small dev", "小模型开发"),
        "large_dev_error_at_max": ("large dev", "大模型开发"),
        "dev_error_percent_with_l2": ("dev L2 %", "L2开发%"),
        "norm_with_l2": ("‖W‖ L2", "‖W‖ L2"),
        "norm_with_decay": ("‖W‖ decay", "‖W‖ 衰减"),
        "near_zero_percent_l1": ("≈0 L1 %", "≈0 L1 %"),
        "near_zero_percent_l2": ("≈0 L2 %", "≈0 L2 %"),
        "best_epoch": ("best epoch", "最佳轮"),
        "stopped_epoch": ("stop", "停止轮"),
        "restored_dev_accuracy_percent": ("dev acc %", "开发准确率%"),
        "dev_accuracy_percent": ("dev acc %", "开发准确率%"),
        "train_accuracy_percent": ("train acc %", "训练准确率%"),
        "gap_end": ("logit gap", "logit差"),
        "wrong_label_probability": ("p(wrong)", "错标概率"),
        "ratio": ("train/test", "训练/测试"),
        // Residual connections, reading the outputs
        "plain_ratio": ("plain ×", "普通 ×"),
        "residual_ratio": ("skips ×", "跳跃 ×"),
        "positives_found": ("found 1s", "找到的 1"),
        "spread_inside": ("std in", "数据内标准差"),
        "spread_far": ("std far", "远处标准差"),
        "l1_axis_share": ("L1 on axis", "L1 在轴上"),
        "l2_axis_share": ("L2 on axis", "L2 在轴上"),
        "equivalent_epsilon": ("ε′", "ε′"),
        // Data splits
        "dev_noise_points_60_20_20": ("±60/20/20", "±60/20/20"),
        "dev_noise_points_98_1_1": ("±98/1/1", "±98/1/1"),
        "std_points": ("std", "标准差"),
        "theory_std_points": ("√(p(1−p)/n)", "√(p(1−p)/n)"),
        // Normalization
        "max_stable_learning_rate": ("max α", "最大α"),
        "contour_axis_ratio": ("axis ratio", "轴比"),
        "iterations": ("iterations", "迭代次数"),
        "dev_accuracy": ("dev acc", "开发准确率"),
        "new_accuracy": ("new acc", "新数据准确率"),
        // Initialization
        "std_layer_10": ("std L10", "第10层标准差"),
        "mean_layer_factor": ("×/layer", "每层倍数"),
        "final_cost": ("cost", "代价"),
        "first_cost": ("first cost", "初始代价"),
        "last_finite_cost": ("last cost", "末代价"),
        "first_to_last_ratio": ("L1/L10", "第1/10层"),
        "median_norm": ("median ‖x‖", "‖x‖中位数"),
        "max_to_min_ratio": ("max/min", "最大/最小"),
        // Gradient checking
        "relative_difference": ("difference", "相对差"),
        "best_one_sided_error": ("best 1-sided", "单侧最佳"),
        "best_two_sided_error": ("best 2-sided", "双侧最佳"),
        "difference_at_init": ("at init", "初始化时"),
        "difference_after_training": ("trained", "训练后"),
        // Debugging
        "train_accuracy": ("train acc", "训练准确率"),
        "saturated_share_end": ("saturated", "饱和比例"),
        "typical_ratio": ("update ratio", "更新比"),
    ]

    static func label(_ name: String, _ language: Language) -> String {
        guard let labels = table[name] else { return name }
        return language == .zh ? labels.zh : labels.en
    }
}
